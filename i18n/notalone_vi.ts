<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Family agreement</source>
        <translation>Thỏa thuận gia đình</translation>
    </message>
    <message>
        <source>Made from the steps your family has ticked on the checklist and your children&apos;s ages. Read it together and change anything you like: the first line is the title, lines starting with “- ” are promises. Lines to sign follow on the printout.</source>
        <translation>Được soạn từ các bước cả nhà đã đánh dấu trong danh sách an toàn và độ tuổi của các con. Hãy cùng đọc và sửa bất cứ chỗ nào bạn muốn: dòng đầu tiên là tiêu đề, các dòng bắt đầu bằng “- ” là lời hứa. Bản in sẽ có thêm các dòng để ký tên.</translation>
    </message>
    <message>
        <source>The agreement&apos;s text</source>
        <translation>Nội dung thỏa thuận</translation>
    </message>
    <message>
        <source>Add the “3 Nos, 3 Musts” poster</source>
        <translation>Thêm áp phích “3 Không, 3 Phải”</translation>
    </message>
    <message>
        <source>Start again from the checklist</source>
        <translation>Soạn lại từ danh sách an toàn</translation>
    </message>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>In / Lưu PDF…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Soạn lại</translation>
    </message>
    <message>
        <source>Replace the text with a new one made from the checklist? Your changes will be lost.</source>
        <translation>Thay nội dung bằng bản mới soạn từ danh sách an toàn? Những gì bạn đã sửa sẽ bị mất.</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>ChecklistDetails</name>
    <message>
        <source>Why it matters</source>
        <translation>Vì sao quan trọng</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cách làm</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>Cầ&amp;n làm</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>Đã &amp;xong</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>&amp;Không áp dụng</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ghi chú của bạn</translation>
    </message>
    <message>
        <source>What you did, what to remember next time…</source>
        <translation>Bạn đã làm gì, lần sau cần nhớ điều gì…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Sửa mục…</translation>
    </message>
    <message>
        <source>Delete item…</source>
        <translation>Xóa mục…</translation>
    </message>
    <message>
        <source>Remove this life-event checklist…</source>
        <translation>Bỏ danh sách cho sự kiện trong đời này…</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Đọc thêm</translation>
    </message>
    <message>
        <source>Child mode: writing a note asks for the parent PIN.</source>
        <translation>Chế độ trẻ em: muốn viết ghi chú cần nhập mã PIN của cha mẹ.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Tự động lưu khi bạn gõ.</translation>
    </message>
    <message>
        <source>Choose an item on the left to see why it matters and how to do it.</source>
        <translation>Chọn một mục bên trái để xem vì sao việc đó quan trọng và cách làm.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>This item is no longer in the checklist; your progress is kept.</source>
        <translation>Mục này không còn trong danh sách an toàn; tiến độ của bạn vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Life event: %1</source>
        <translation>Sự kiện trong đời: %1</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Mục bạn tự thêm</translation>
    </message>
    <message>
        <source>For ages: %1</source>
        <translation>Dành cho %1</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Đã xong vào %1</translation>
    </message>
    <message>
        <source>Due for review since %1</source>
        <translation>Cần xem lại từ %1</translation>
    </message>
    <message>
        <source>Check again on %1</source>
        <translation>Kiểm tra lại vào %1</translation>
    </message>
    <message numerus="yes">
        <source>Once done, check again every %n day(s).</source>
        <translation>
            <numerusform>Sau khi xong, cứ %n ngày kiểm tra lại một lần.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Ghi chú chỉ được dài tối đa %1 ký tự.</translation>
    </message>
</context>
<context>
    <name>ChecklistSheet</name>
    <message>
        <source>Family safety checklist</source>
        <translation>Danh sách an toàn của gia đình</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>Cho cả gia đình</translation>
    </message>
    <message>
        <source>Safety checklist for %1</source>
        <translation>Danh sách an toàn của %1</translation>
    </message>
    <message>
        <source>Printed on %1. Done so far: %2 of %3.</source>
        <translation>In vào %1. Đã xong: %2/%3 mục.</translation>
    </message>
    <message>
        <source>Tick each box when it is done.</source>
        <translation>Làm xong việc nào, hãy đánh dấu vào ô của việc đó.</translation>
    </message>
    <message>
        <source>Not Alone: the checklist on paper. Keep it where the family can see it.</source>
        <translation>Không một mình: danh sách an toàn trên giấy. Hãy để ở nơi cả nhà cùng nhìn thấy.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Danh sách an toàn</translation>
    </message>
    <message>
        <source>Safety checklist</source>
        <translation>Danh sách an toàn</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dành cho:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Whose checklist</source>
        <translation>Danh sách của ai</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Which items</source>
        <translation>Hiển thị mục nào</translation>
    </message>
    <message>
        <source>Search the checklist</source>
        <translation>Tìm trong danh sách</translation>
    </message>
    <message>
        <source>Add your own item…</source>
        <translation>Tự thêm mục…</translation>
    </message>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>In / Lưu PDF…</translation>
    </message>
    <message>
        <source>Start a life-event checklist…</source>
        <translation>Bắt đầu danh sách cho một sự kiện trong đời…</translation>
    </message>
    <message>
        <source>Something changing? A first phone, a new school, moving away: each has a short checklist.</source>
        <translation>Sắp có thay đổi? Chiếc điện thoại đầu tiên, trường mới, chuyển đi xa: mỗi sự kiện đều có một danh sách ngắn.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Checklist items. Space marks the current item done.</source>
        <translation>Các mục trong danh sách an toàn. Nhấn phím cách để đánh dấu mục đang chọn là đã xong.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Tiến độ:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tất cả các mục</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Cả gia đình</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả chủ đề</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Sự kiện trong đời</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Đã xong %1/%2</translation>
    </message>
    <message>
        <source>Progress in %1</source>
        <translation>Tiến độ chủ đề %1</translation>
    </message>
    <message>
        <source>Life event: %1</source>
        <translation>Sự kiện trong đời: %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Không còn dùng</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Đã đánh dấu là xong</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Remove the life-event checklist “%1” with its ticks and notes?</source>
        <translation>Bỏ danh sách cho sự kiện “%1” cùng các dấu đã đánh và ghi chú?</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Bỏ danh sách</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Delete your item “%1” and its progress?</source>
        <translation>Xóa mục “%1” và tiến độ của mục này?</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Sửa thông tin của con</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Thêm con</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Tên gọi:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Năm sinh:</translation>
    </message>
    <message>
        <source>Age group:</source>
        <translation>Nhóm tuổi:</translation>
    </message>
    <message>
        <source>A first name or nickname, as the family says it</source>
        <translation>Tên hoặc tên ở nhà</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Tên gọi</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>A nickname can have at most %1 characters.</source>
        <translation>Tên gọi chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Enter a nickname for the child.</source>
        <translation>Hãy nhập tên gọi của con.</translation>
    </message>
    <message>
        <source>Enter a birth year from %1 to %2.</source>
        <translation>Hãy nhập năm sinh từ %1 đến %2.</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Your children</source>
        <translation>Các con của bạn</translation>
    </message>
    <message>
        <source>Add each child with a nickname and the year they were born. The checklist follows their age and moves on by itself every year. You can change this later in Settings.</source>
        <translation>Thêm từng con với tên gọi và năm sinh. Danh sách an toàn đi theo độ tuổi của con và tự cập nhật mỗi năm. Bạn có thể thay đổi sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Tên gọi:</translation>
    </message>
    <message>
        <source>Born &amp;in:</source>
        <translation>Năm &amp;sinh:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;hêm</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Chỉnh sửa…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Tên gọi</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Children added</source>
        <translation>Các con đã thêm</translation>
    </message>
    <message>
        <source>Change the chosen child</source>
        <translation>Sửa thông tin của con đang chọn</translation>
    </message>
    <message>
        <source>Remove the chosen child</source>
        <translation>Xóa con đang chọn khỏi danh sách</translation>
    </message>
    <message>
        <source>A nickname can have at most %1 characters.</source>
        <translation>Tên gọi chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Enter a nickname for the child.</source>
        <translation>Hãy nhập tên gọi của con.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Not Alone: who to call</source>
        <translation>Không một mình: gọi cho ai</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation>Những người mình có thể gọi</translation>
    </message>
    <message>
        <source>Write your local emergency numbers here:</source>
        <translation>Ghi các số khẩn cấp ở nơi bạn sống vào đây:</translation>
    </message>
    <message>
        <source>Real police never call or video-call you to ask for money or secrecy. Hang up and call home.</source>
        <translation>Công an thật không bao giờ gọi điện hay gọi video để đòi tiền hoặc bắt giữ bí mật. Hãy cúp máy và gọi về nhà.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Đường dây hỗ trợ tại %1</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Đường dây hỗ trợ</translation>
    </message>
    <message>
        <source>In an emergency: who to call</source>
        <translation>Khi khẩn cấp: gọi cho ai</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call the police: %1</source>
        <translation>Nếu có người đang gặp nguy hiểm, hãy gọi ngay công an: %1</translation>
    </message>
    <message>
        <source>Our trusted contacts</source>
        <translation>Người tin cậy của gia đình</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Người tin cậy của</translation>
    </message>
    <message>
        <source>call these first</source>
        <translation>gọi những người này trước</translation>
    </message>
    <message>
        <source>Write the names and numbers of people your child can call:</source>
        <translation>Ghi tên và số điện thoại của những người con có thể gọi:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country. Write yours here:</source>
        <translation>Ứng dụng không có số đường dây hỗ trợ cho nước bạn. Hãy ghi các số ở nước bạn vào đây:</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Các bước đầu tiên</translation>
    </message>
    <message>
        <source>Printed on %1 with Not Alone. Keep it where the whole family can see it.</source>
        <translation>In vào %1 từ ứng dụng “Không một mình”. Hãy để ở nơi cả nhà cùng nhìn thấy.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Hãy nhập tên người liên hệ.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Tên chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>The relationship can have at most %1 characters.</source>
        <translation>Phần quan hệ chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Enter at least one phone number.</source>
        <translation>Hãy nhập ít nhất một số điện thoại.</translation>
    </message>
    <message>
        <source>A contact can have at most %1 phone numbers.</source>
        <translation>Mỗi người liên hệ chỉ có tối đa %1 số điện thoại.</translation>
    </message>
    <message>
        <source>“%2” contains letters. A phone number has only digits.</source>
        <translation>“%2” có chữ cái. Số điện thoại chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>“%2” contains characters that are not part of a phone number.</source>
        <translation>“%2” có ký tự không dùng trong số điện thoại.</translation>
    </message>
    <message>
        <source>This number has %3 digits. Phone numbers have at most 15.</source>
        <translation>Số này có %3 chữ số. Số điện thoại chỉ có tối đa 15 chữ số.</translation>
    </message>
    <message>
        <source>“%2” is not a phone number.</source>
        <translation>“%2” không phải là số điện thoại.</translation>
    </message>
    <message>
        <source>Start the number with + and the country code, for example +84 912 345 678.</source>
        <translation>Hãy bắt đầu số bằng dấu + và mã quốc gia, ví dụ +84 912 345 678.</translation>
    </message>
    <message>
        <source>“%2” is not a valid number in %4. A number from another country starts with + and its country code.</source>
        <translation>“%2” không phải là số hợp lệ ở %4. Số của nước khác phải bắt đầu bằng dấu + và mã quốc gia.</translation>
    </message>
    <message>
        <source>“%2” is not an email address.</source>
        <translation>“%2” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Ghi chú chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>This contact no longer exists. Close this window and look at the list again.</source>
        <translation>Người liên hệ này không còn nữa. Hãy đóng cửa sổ này và xem lại danh sách.</translation>
    </message>
    <message>
        <source>This contact cannot be saved.</source>
        <translation>Không lưu được người liên hệ này.</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Số điện thoại %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove phone number %1</source>
        <translation>Xóa số điện thoại %1</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Sửa người liên hệ</translation>
    </message>
    <message>
        <source>Add a trusted contact</source>
        <translation>Thêm người tin cậy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Quan hệ:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Số điện thoại:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Trusted by:</source>
        <translation>Người tin cậy của:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>As your children know them, e.g. Grandma Hoa</source>
        <translation>Tên mà các con vẫn gọi, ví dụ: Bà Hoa</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>e.g. grandmother, neighbour, class teacher</source>
        <translation>ví dụ: bà ngoại, hàng xóm, cô chủ nhiệm</translation>
    </message>
    <message>
        <source>&amp;Add another number</source>
        <translation>Thêm số &amp;khác</translation>
    </message>
    <message>
        <source>Add another phone number</source>
        <translation>Thêm một số điện thoại khác</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Optional, e.g. “has a key to the flat”</source>
        <translation>Không bắt buộc, ví dụ: “có chìa khóa nhà”</translation>
    </message>
    <message>
        <source>Trusted by %1</source>
        <translation>Là người tin cậy của %1</translation>
    </message>
    <message>
        <source>Add your children in Settings to choose which of them trust this person.</source>
        <translation>Hãy thêm các con trong Cài đặt để chọn những con nào tin cậy người này.</translation>
    </message>
    <message>
        <source>P&amp;in: show first in “Get help now” and on the printed card</source>
        <translation>&amp;Ghim: hiện đầu tiên trong “Tìm trợ giúp ngay” và trên thẻ in</translation>
    </message>
    <message>
        <source>Pin this contact</source>
        <translation>Ghim người liên hệ này</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Lưu người liên hệ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Saved as %1 (a number from another country)</source>
        <translation>Sẽ lưu là %1 (số của nước khác)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Sẽ lưu là %1</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <source>Trusted contacts and helplines</source>
        <translation>Người tin cậy và đường dây hỗ trợ</translation>
    </message>
    <message>
        <source>The people your children can call when something feels wrong, and the numbers to call in a crisis. Pinned contacts come first in “Get help now” and on the printed card.</source>
        <translation>Những người các con có thể gọi khi thấy có gì không ổn, và các số cần gọi khi khẩn cấp. Người được ghim sẽ hiện đầu tiên trong “Tìm trợ giúp ngay” và trên thẻ in.</translation>
    </message>
    <message>
        <source>Your family&apos;s trusted contacts</source>
        <translation>Người tin cậy của gia đình bạn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Người tin cậy của</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Đã ghim</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Người tin cậy</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Thêm người…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Thêm người liên hệ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Sửa người liên hệ đang chọn</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>Xóa người liên hệ đang chọn</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Lên trên</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>Đưa người liên hệ đang chọn lên trên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Xuống &amp;dưới</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>Đưa người liên hệ đang chọn xuống dưới</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Import contacts from a vCard file</source>
        <translation>Nhập danh bạ từ tệp vCard</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất…</translation>
    </message>
    <message>
        <source>Export the contacts as a vCard file</source>
        <translation>Xuất danh bạ ra tệp vCard</translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>&amp;In / Lưu PDF…</translation>
    </message>
    <message>
        <source>Print the contact card</source>
        <translation>In thẻ liên lạc</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Chưa ghim</translation>
    </message>
    <message>
        <source>Change the country…</source>
        <translation>Đổi quốc gia…</translation>
    </message>
    <message>
        <source>Change the country in Settings</source>
        <translation>Đổi quốc gia trong Cài đặt</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Mũi tên lên</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Mũi tên xuống</translation>
    </message>
    <message>
        <source>Pinned lines come first in “Get help now”. Untick “Show” to leave a line out of it; the police number is always shown.</source>
        <translation>Đường dây được ghim sẽ hiện đầu tiên trong “Tìm trợ giúp ngay”. Bỏ chọn “Hiện” nếu không muốn đường dây đó xuất hiện ở đấy; số công an thì luôn được hiện.</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Đường dây hỗ trợ</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country (%1) yet. In an emergency, call your local emergency number or the police.</source>
        <translation>Ứng dụng chưa có số đường dây hỗ trợ cho nước bạn (%1). Khi khẩn cấp, hãy gọi số khẩn cấp ở nơi bạn sống hoặc gọi công an.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Đường dây hỗ trợ tại %1</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>đã kiểm tra %1</translation>
    </message>
    <message>
        <source>not confirmed recently</source>
        <translation>chưa xác nhận lại gần đây</translation>
    </message>
    <message>
        <source>These details could not be confirmed at their source recently. If the line does not work, call the police.</source>
        <translation>Gần đây chưa xác nhận lại được thông tin này từ nguồn gốc. Nếu đường dây không liên lạc được, hãy gọi công an.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <source>Pin %1 (%2)</source>
        <translation>Ghim %1 (%2)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Show %1 (%2) in Get help now</source>
        <translation>Hiện %1 (%2) trong Tìm trợ giúp ngay</translation>
    </message>
    <message>
        <source>The police number is always shown.</source>
        <translation>Số công an luôn được hiện.</translation>
    </message>
    <message>
        <source>No contacts yet: add the people your children can turn to, such as grandparents, a neighbour, a teacher or a friend&apos;s parent.</source>
        <translation>Chưa có ai trong danh bạ: hãy thêm những người các con có thể tìm đến, như ông bà, hàng xóm, thầy cô hay cha mẹ của bạn con.</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>&amp;Bỏ ghim</translation>
    </message>
    <message>
        <source>Unpin the selected contact</source>
        <translation>Bỏ ghim người liên hệ đang chọn</translation>
    </message>
    <message>
        <source>Pi&amp;n</source>
        <translation>&amp;Ghim</translation>
    </message>
    <message>
        <source>Pin the selected contact</source>
        <translation>Ghim người liên hệ đang chọn</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Xóa người liên hệ</translation>
    </message>
    <message>
        <source>Delete %1 from your trusted contacts?</source>
        <translation>Xóa %1 khỏi danh sách người tin cậy?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Thao tác này không hoàn tác được.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Đã xóa %1.</translation>
    </message>
    <message>
        <source>%1 was pinned.</source>
        <translation>Đã ghim %1.</translation>
    </message>
    <message>
        <source>%1 was unpinned.</source>
        <translation>Đã bỏ ghim %1.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Nhập danh bạ</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard);;All files (*)</source>
        <translation>Tệp danh bạ (*.vcf *.vcard);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n người liên hệ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Xuất danh bạ</translation>
    </message>
    <message>
        <source>Contact files (*.vcf)</source>
        <translation>Tệp danh bạ (*.vcf)</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) saved to %1.</source>
        <translation>
            <numerusform>Đã lưu %n người liên hệ vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Where do you live?</source>
        <translation>Bạn đang sống ở đâu?</translation>
    </message>
    <message>
        <source>This chooses the helplines shown in “Get help now” and how phone numbers are written.</source>
        <translation>Lựa chọn này quyết định những đường dây hỗ trợ hiện trong “Tìm trợ giúp ngay” và cách viết số điện thoại.</translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation>&amp;Quốc gia hoặc khu vực:</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Quốc gia hoặc khu vực</translation>
    </message>
</context>
<context>
    <name>CustomItemDialog</name>
    <message>
        <source>Edit your item</source>
        <translation>Sửa mục của bạn</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>Tự thêm mục</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Việc cần làm:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Chi &amp;tiết:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>For example: Check the tablet&apos;s YouTube history together</source>
        <translation>Ví dụ: Cùng con xem lại lịch sử YouTube trên máy tính bảng</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>The details can have at most %1 characters.</source>
        <translation>Phần chi tiết chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Enter what to do.</source>
        <translation>Hãy nhập việc cần làm.</translation>
    </message>
    <message>
        <source>Keep it to at most %1 characters.</source>
        <translation>Chỉ được dài tối đa %1 ký tự.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Not Alone</source>
        <translation>Chào mừng bạn đến với Không một mình</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Bỏ qua thiết lập</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Qu&amp;ay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Tiếp t&amp;ục &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Leave the setup?</source>
        <translation>Rời khỏi phần thiết lập?</translation>
    </message>
    <message>
        <source>Leave the setup? The children and the PIN you entered are not saved.</source>
        <translation>Rời khỏi phần thiết lập? Các con và mã PIN bạn vừa nhập sẽ không được lưu.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Rời đi</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Ở lại</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard your changes? What you changed here is not saved.</source>
        <translation>Bỏ những thay đổi? Những gì bạn đã sửa ở đây sẽ không được lưu.</translation>
    </message>
    <message>
        <source>Discard this record? What you typed here is not saved.</source>
        <translation>Bỏ mục này? Những gì bạn đã gõ ở đây sẽ không được lưu.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Tìm trợ giúp ngay</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call the police: %1</source>
        <translation>Nếu có người đang gặp nguy hiểm, hãy gọi ngay công an: %1</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call your local police.</source>
        <translation>Nếu có người đang gặp nguy hiểm, hãy gọi ngay công an nơi bạn sống.</translation>
    </message>
    <message>
        <source>Stay calm. Do not send money, whatever anyone threatens. Keep every message and call log as evidence.</source>
        <translation>Hãy bình tĩnh. Dù bị đe dọa thế nào cũng đừng chuyển tiền. Giữ lại mọi tin nhắn và lịch sử cuộc gọi làm bằng chứng.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close Get help now</source>
        <translation>Đóng Tìm trợ giúp ngay</translation>
    </message>
    <message>
        <source>Your trusted contacts</source>
        <translation>Người tin cậy của bạn</translation>
    </message>
    <message>
        <source>Your own contacts cannot be read right now. The helplines and first steps below work as always.</source>
        <translation>Hiện không đọc được danh bạ của gia đình. Các đường dây hỗ trợ và những bước đầu tiên bên dưới vẫn dùng được như thường.</translation>
    </message>
    <message>
        <source>No pinned contacts yet. Pin the people you trust most in Contacts, and they appear here.</source>
        <translation>Chưa ghim ai. Hãy ghim những người bạn tin cậy nhất trong Danh bạ, họ sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>No trusted contacts yet. Add them in Contacts, and they appear here.</source>
        <translation>Chưa có người tin cậy nào. Hãy thêm trong Danh bạ, họ sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Đường dây hỗ trợ tại %1</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Đường dây hỗ trợ</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country (%1). Call your local emergency number or the police, and follow the first steps below.</source>
        <translation>Ứng dụng không có số đường dây hỗ trợ cho nước bạn (%1). Hãy gọi số khẩn cấp ở nơi bạn sống hoặc gọi công an, rồi làm theo các bước đầu tiên bên dưới.</translation>
    </message>
    <message>
        <source>Other people who can help</source>
        <translation>Những người khác có thể giúp</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Các bước đầu tiên</translation>
    </message>
    <message>
        <source>Text messages only</source>
        <translation>Chỉ nhận tin nhắn SMS</translation>
    </message>
    <message>
        <source>WhatsApp messages only</source>
        <translation>Chỉ nhận tin nhắn WhatsApp</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Gọi %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Sao chép %1</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Mở %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Chuyện gì đã xảy ra?</translation>
    </message>
    <message>
        <source>Stay calm, do not send money, keep every message as evidence, and call the police if anyone may be in danger.</source>
        <translation>Hãy bình tĩnh, đừng chuyển tiền, giữ lại mọi tin nhắn làm bằng chứng, và gọi công an nếu có ai có thể đang gặp nguy hiểm.</translation>
    </message>
    <message>
        <source>Your safety plan: who can reach your child</source>
        <translation>Kế hoạch an toàn: ai có thể liên lạc ngay với con</translation>
    </message>
    <message>
        <source>To reach %1, call:</source>
        <translation>Để liên lạc với %1, hãy gọi:</translation>
    </message>
    <message>
        <source>No safety plan yet. Choose in the safety plan who can reach each child quickly: a roommate, a friend, a teacher, the landlord.</source>
        <translation>Chưa có kế hoạch an toàn. Hãy chọn trong kế hoạch an toàn những người có thể nhanh chóng liên lạc với từng con: bạn cùng phòng, bạn bè, thầy cô, chủ nhà trọ.</translation>
    </message>
    <message>
        <source>Open the safety plan</source>
        <translation>Mở kế hoạch an toàn</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Đã sao chép %1.</translation>
    </message>
    <message>
        <source>Calling %1 with your calling app…</source>
        <translation>Đang gọi %1 bằng ứng dụng gọi điện…</translation>
    </message>
    <message>
        <source>This computer has no app for phone calls. Dial %1 on your phone.</source>
        <translation>Máy tính này không có ứng dụng gọi điện. Hãy bấm số %1 trên điện thoại của bạn.</translation>
    </message>
    <message>
        <source>Open in your web browser?</source>
        <translation>Mở bằng trình duyệt web?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Mở địa chỉ này bằng trình duyệt web?</translation>
    </message>
    <message>
        <source>This needs an internet connection. Not Alone itself stays offline.</source>
        <translation>Việc này cần kết nối internet. Bản thân ứng dụng “Không một mình” vẫn không kết nối mạng.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Not confirmed recently. If it does not work, call the police on %1.</source>
        <translation>Gần đây chưa xác nhận lại. Nếu không liên lạc được, hãy gọi công an: %1.</translation>
    </message>
    <message>
        <source>Not confirmed recently. If it does not work, call the police.</source>
        <translation>Gần đây chưa xác nhận lại. Nếu không liên lạc được, hãy gọi công an.</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Đã kiểm tra %1</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Không có trình duyệt web nào mở được %1.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Your family&apos;s online safety</source>
        <translation>An toàn trên mạng của gia đình bạn</translation>
    </message>
    <message>
        <source>Work through the checklist for each child, learn together with the lessons and games, and keep the numbers you need in a crisis one click away. Everything stays on this computer.</source>
        <translation>Làm dần danh sách an toàn cho từng con, cùng con học qua các bài học và trò chơi, và giữ sẵn các số cần gọi khi khẩn cấp, chỉ cách một cú nhấp chuột. Mọi thứ chỉ lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Progress of the whole family</source>
        <translation>Tiến độ của cả gia đình</translation>
    </message>
    <message>
        <source>Add your children</source>
        <translation>Thêm các con</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Việc nên làm tiếp</translation>
    </message>
    <message>
        <source>Everything on the checklist is done. Well done!</source>
        <translation>Mọi mục trong danh sách an toàn đều đã xong. Bạn làm tốt lắm!</translation>
    </message>
    <message>
        <source>Lesson of the week</source>
        <translation>Bài học của tuần</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Khi khẩn cấp</translation>
    </message>
    <message>
        <source>A call from “police” asking your child to keep a secret, a threat to share photos, a child who does not answer: the numbers to call and the first steps are here.</source>
        <translation>“Công an” gọi điện bảo con giữ bí mật, có kẻ dọa tung ảnh, con không nghe máy: các số cần gọi và những bước đầu tiên đều ở đây.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Tìm trợ giúp ngay</translation>
    </message>
    <message>
        <source>Review them</source>
        <translation>Xem lại</translation>
    </message>
    <message>
        <source>Show the items due for review</source>
        <translation>Hiện các mục cần xem lại</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Kế hoạch an toàn</translation>
    </message>
    <message>
        <source>Who can reach each child quickly, a family code word, and calm steps for a ransom or “police” call. Also: the incident log and the family agreement.</source>
        <translation>Ai có thể nhanh chóng liên lạc với từng con, mật mã gia đình, và các bước bình tĩnh khi có cuộc gọi đòi tiền chuộc hay “công an” gọi. Cùng với sổ ghi sự việc và thỏa thuận gia đình.</translation>
    </message>
    <message>
        <source>Open the safety plan</source>
        <translation>Mở kế hoạch an toàn</translation>
    </message>
    <message>
        <source>Whole family: %1 of %2 done</source>
        <translation>Cả gia đình: đã xong %1/%2</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Tiến độ của %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due for review</source>
        <translation>
            <numerusform>%n mục cần xem lại</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans with people to call: %1 of %2.</source>
        <translation>Số kế hoạch đã có người để gọi: %1/%2.</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Cả gia đình</translation>
    </message>
    <message>
        <source>This app was given to you by %1</source>
        <translation>Ứng dụng này do %1 gửi tặng bạn</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logo của %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Change the entry</source>
        <translation>Sửa ghi chép</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Ghi lại sự việc</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Ai:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Platform, app or number:</source>
        <translation>Nền &amp;tảng, ứng dụng hoặc số:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>Chuyện gì đã &amp;xảy ra:</translation>
    </message>
    <message>
        <source>Who was &amp;told:</source>
        <translation>Đã &amp;báo cho ai:</translation>
    </message>
    <message>
        <source>&amp;Reports made:</source>
        <translation>Đã &amp;gửi trình báo:</translation>
    </message>
    <message>
        <source>Where the &amp;evidence is kept:</source>
        <translation>Nơi &amp;cất giữ bằng chứng:</translation>
    </message>
    <message>
        <source>For example: Zalo, TikTok, a phone number</source>
        <translation>Ví dụ: Zalo, TikTok, một số điện thoại</translation>
    </message>
    <message>
        <source>In your own words: what happened, when, and what was asked for</source>
        <translation>Kể bằng lời của bạn: chuyện gì đã xảy ra, khi nào, và họ đòi gì</translation>
    </message>
    <message>
        <source>For example: the class teacher, the bank, the police</source>
        <translation>Ví dụ: cô chủ nhiệm, ngân hàng, công an</translation>
    </message>
    <message>
        <source>Where you reported it, and any reference or case number</source>
        <translation>Bạn đã trình báo ở đâu, kèm mã hồ sơ hoặc số biên nhận nếu có</translation>
    </message>
    <message>
        <source>For example: screenshots on Mum&apos;s phone, printed messages in the desk drawer</source>
        <translation>Ví dụ: ảnh chụp màn hình trong điện thoại của mẹ, tin nhắn đã in cất trong ngăn bàn</translation>
    </message>
    <message>
        <source>The whole family, or nobody in particular</source>
        <translation>Cả gia đình, hoặc không riêng ai</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Ngày không được ở trong tương lai.</translation>
    </message>
    <message>
        <source>Enter a date from %1 on.</source>
        <translation>Hãy nhập ngày từ %1 trở đi.</translation>
    </message>
    <message>
        <source>Choose what kind of incident it was.</source>
        <translation>Hãy chọn loại sự việc.</translation>
    </message>
    <message>
        <source>This child is no longer in the family.</source>
        <translation>Con này không còn trong danh sách gia đình.</translation>
    </message>
    <message>
        <source>Describe what happened: a few words are enough.</source>
        <translation>Hãy mô tả chuyện đã xảy ra: vài chữ là đủ.</translation>
    </message>
    <message>
        <source>This field can have at most %1 characters.</source>
        <translation>Ô này chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Ghi chép này không còn nữa.</translation>
    </message>
</context>
<context>
    <name>IncidentSheet</name>
    <message>
        <source>Incident report</source>
        <translation>Báo cáo sự việc</translation>
    </message>
    <message>
        <source>Written down by the family with Not Alone, to hand to the police, a scam-reporting centre or a school.</source>
        <translation>Gia đình ghi lại bằng ứng dụng “Không một mình”, để gửi cho công an, nơi tiếp nhận tố giác lừa đảo hoặc nhà trường.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Who it happened to</source>
        <translation>Người gặp chuyện</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>Cả gia đình</translation>
    </message>
    <message>
        <source>%1, age group %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Platform, app or number</source>
        <translation>Nền tảng, ứng dụng hoặc số</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Đã báo cho ai</translation>
    </message>
    <message>
        <source>Reports made and their reference numbers</source>
        <translation>Đã trình báo ở đâu, mã hồ sơ</translation>
    </message>
    <message>
        <source>Where the evidence is kept</source>
        <translation>Nơi cất giữ bằng chứng</translation>
    </message>
    <message>
        <source>(not written down)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>No files or images are attached to this report; the evidence is where the family says it is kept.</source>
        <translation>Báo cáo này không đính kèm tệp hay hình ảnh nào; bằng chứng được cất ở nơi gia đình đã ghi.</translation>
    </message>
    <message>
        <source>Printed on %1. Entry last changed on %2.</source>
        <translation>In vào %1. Ghi chép được sửa lần cuối vào %2.</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Online kidnapping or fake “police”</source>
        <translation>“Bắt cóc online” hoặc giả danh “công an”</translation>
    </message>
    <message>
        <source>Threats to share intimate images (sextortion)</source>
        <translation>Đe dọa tung ảnh nhạy cảm (tống tiền tình dục)</translation>
    </message>
    <message>
        <source>Scam or fraud</source>
        <translation>Lừa đảo</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>Bắt nạt trên mạng</translation>
    </message>
    <message>
        <source>Grooming by an adult</source>
        <translation>Người lớn dụ dỗ trẻ</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Chuyện khác</translation>
    </message>
    <message>
        <source>Record the numbers and accounts that called or wrote, the names and titles the callers used, the times of the calls, every demand for money with the bank account numbers given, what your child was told to do (install an app, rent a room, buy a SIM, keep it secret), and when you reached your child.</source>
        <translation>Ghi lại các số điện thoại và tài khoản đã gọi hoặc nhắn tin, tên và chức danh mà kẻ gọi tự xưng, thời gian các cuộc gọi, mọi lần đòi tiền kèm số tài khoản ngân hàng họ đưa, những gì con bị bảo phải làm (cài ứng dụng, thuê phòng, mua SIM, giữ bí mật), và lúc bạn liên lạc được với con.</translation>
    </message>
    <message>
        <source>Record the account names and links of the person threatening, the platform, when contact began, what they demand (money, more images) and by when, and any payment details they gave. Describe any image in words only.</source>
        <translation>Ghi lại tên tài khoản và đường link của kẻ đe dọa, nền tảng, thời điểm bắt đầu liên lạc, những gì chúng đòi (tiền, thêm ảnh) và hạn chót, cùng mọi thông tin thanh toán chúng đưa. Chỉ mô tả hình ảnh bằng lời.</translation>
    </message>
    <message>
        <source>Record the website, account or phone number, what was promised, and every payment: date, amount, bank and transaction reference. If money went out, call the bank at once to try to stop it.</source>
        <translation>Ghi lại trang web, tài khoản hoặc số điện thoại, những gì đã được hứa hẹn, và mọi khoản đã trả: ngày, số tiền, ngân hàng và mã giao dịch. Nếu đã mất tiền, hãy gọi ngay cho ngân hàng để tìm cách chặn lại.</translation>
    </message>
    <message>
        <source>Record the account names involved, where it happened (the app, the group&apos;s name), the dates, what was said or posted, who saw it, and what the school has been told.</source>
        <translation>Ghi lại tên các tài khoản liên quan, nơi xảy ra (ứng dụng, tên nhóm), ngày tháng, những gì đã được nói hoặc đăng, ai đã thấy, và nhà trường đã được báo những gì.</translation>
    </message>
    <message>
        <source>Record the account names and links, the apps used, when contact began, any gifts or money offered, and every request for secrecy, photos or a meeting. Describe any image in words only.</source>
        <translation>Ghi lại tên tài khoản và đường link, các ứng dụng đã dùng, thời điểm bắt đầu liên lạc, quà hoặc tiền đã được đề nghị, và mọi lần đòi giữ bí mật, xin ảnh hay hẹn gặp. Chỉ mô tả hình ảnh bằng lời.</translation>
    </message>
    <message>
        <source>Record what happened and when, the accounts, numbers or websites involved, any money lost, and who you have told.</source>
        <translation>Ghi lại chuyện gì đã xảy ra và khi nào, các tài khoản, số điện thoại hoặc trang web liên quan, số tiền bị mất (nếu có), và bạn đã báo cho ai.</translation>
    </message>
    <message>
        <source>Never save, screenshot or forward sexual images of a child, not even as evidence: holding them can itself be a crime. Report them to the police or the platform, and write down only where they were seen.</source>
        <translation>Tuyệt đối không lưu, chụp màn hình hay chuyển tiếp hình ảnh tình dục của trẻ em, kể cả để làm bằng chứng: giữ những hình ảnh đó có thể đã là phạm tội. Hãy báo cho công an hoặc nền tảng, và chỉ ghi lại nơi đã nhìn thấy chúng.</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Write down what happened while you still remember the details: the police, a scam centre or the school will ask for dates, accounts and reference numbers. Files and images are never stored here; note where the evidence is kept.</source>
        <translation>Hãy ghi lại chuyện đã xảy ra khi bạn còn nhớ rõ: công an, nơi tiếp nhận tố giác lừa đảo hay nhà trường sẽ hỏi ngày tháng, tài khoản và mã hồ sơ. Ở đây không bao giờ lưu tệp hay hình ảnh; hãy ghi chú nơi cất giữ bằng chứng.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. We hope it stays that way.</source>
        <translation>Chưa ghi lại sự việc nào. Mong là sẽ mãi như vậy.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>Incidents recorded, the most recent first</source>
        <translation>Các sự việc đã ghi, mới nhất ở trên</translation>
    </message>
    <message>
        <source>&amp;Record an incident…</source>
        <translation>&amp;Ghi lại sự việc…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Ghi lại sự việc</translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation>Sửa ghi chép đang chọn</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>Xóa ghi chép đang chọn</translation>
    </message>
    <message>
        <source>Save the chosen entry as a PDF</source>
        <translation>Lưu ghi chép đang chọn thành tệp PDF</translation>
    </message>
    <message>
        <source>Print the chosen entry</source>
        <translation>In ghi chép đang chọn</translation>
    </message>
    <message>
        <source>What a report will ask for</source>
        <translation>Những gì cần có khi trình báo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Cả gia đình</translation>
    </message>
    <message>
        <source>Platform, app or number</source>
        <translation>Nền tảng, ứng dụng hoặc số</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Đã báo cho ai</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Đã trình báo</translation>
    </message>
    <message>
        <source>Where the evidence is kept</source>
        <translation>Nơi cất giữ bằng chứng</translation>
    </message>
    <message>
        <source>Delete the entry of %1 (%2)? This cannot be undone.</source>
        <translation>Xóa ghi chép ngày %1 (%2)? Thao tác này không hoàn tác được.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Xóa ghi chép</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>Không lưu được tệp PDF vào đó. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>under 6</source>
        <translation>dưới 6 tuổi</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6–9 tuổi</translation>
    </message>
    <message>
        <source>10 to 12</source>
        <translation>10–12 tuổi</translation>
    </message>
    <message>
        <source>13 to 15</source>
        <translation>13–15 tuổi</translation>
    </message>
    <message>
        <source>16 to 17</source>
        <translation>16–17 tuổi</translation>
    </message>
    <message>
        <source>18 to 22</source>
        <translation>18–22 tuổi</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n year(s) (%3)</source>
        <translation>
            <numerusform>%1, %n tuổi (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet translated</source>
        <translation>chưa được dịch</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng bạn</translation>
    </message>
    <message>
        <source>Not Alone helps you keep your children safe online: a checklist for each child, the numbers to call in a crisis, and lessons and games to share. Everything stays on this computer. Setting up takes a minute.</source>
        <translation>Ứng dụng “Không một mình” giúp bạn giữ an toàn cho con trên mạng: danh sách an toàn cho từng con, các số cần gọi khi khẩn cấp, cùng các bài học và trò chơi để làm cùng con. Mọi thứ chỉ lưu trên máy tính này. Thiết lập chỉ mất một phút.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>N&amp;gôn ngữ:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Open a web page?</source>
        <translation>Mở trang web?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Mở địa chỉ này bằng trình duyệt web?</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Mở bằng trình duyệt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>LessonSheet</name>
    <message>
        <source>For ages %1</source>
        <translation>Dành cho %1</translation>
    </message>
    <message>
        <source>Steps on the checklist</source>
        <translation>Các bước trong danh sách an toàn</translation>
    </message>
    <message>
        <source>Our note</source>
        <translation>Ghi chú của gia đình</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>There is no lesson called &apos;%1&apos;.</source>
        <translation>Không có bài học nào tên là “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message>
        <source>Devices and accounts</source>
        <translation>Thiết bị và tài khoản</translation>
    </message>
    <message>
        <source>Privacy and sharing</source>
        <translation>Quyền riêng tư và chia sẻ</translation>
    </message>
    <message>
        <source>Strangers and grooming</source>
        <translation>Người lạ và chiêu trò dụ dỗ</translation>
    </message>
    <message>
        <source>Online kidnapping and impersonation scams</source>
        <translation>“Bắt cóc online” và lừa đảo giả danh</translation>
    </message>
    <message>
        <source>Money and fraud</source>
        <translation>Tiền bạc và lừa đảo</translation>
    </message>
    <message>
        <source>Wellbeing and screen time</source>
        <translation>Sức khỏe tinh thần và thời gian dùng thiết bị</translation>
    </message>
    <message>
        <source>Talking and trust</source>
        <translation>Trò chuyện và niềm tin</translation>
    </message>
    <message>
        <source>What to do in an emergency</source>
        <translation>Xử lý khi có tình huống khẩn cấp</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Short lessons to read together: how scams and “online kidnapping” work, the warning signs, and what to say to your child. Each takes a few minutes.</source>
        <translation>Những bài học ngắn để cùng đọc: các chiêu lừa đảo và “bắt cóc online” diễn ra thế nào, dấu hiệu cảnh báo, và nên nói gì với con. Mỗi bài chỉ mất vài phút.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Words to find, for example: scam, password</source>
        <translation>Từ cần tìm, ví dụ: lừa đảo, mật khẩu</translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation>Tìm trong các bài học</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>Show lessons on this topic</source>
        <translation>Hiện các bài học thuộc chủ đề này</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>Chỉ bài &amp;yêu thích</translation>
    </message>
    <message>
        <source>Show favourite lessons only</source>
        <translation>Chỉ hiện các bài học yêu thích</translation>
    </message>
    <message>
        <source>← All lessons</source>
        <translation>← Tất cả bài học</translation>
    </message>
    <message>
        <source>Back to all lessons</source>
        <translation>Quay lại tất cả bài học</translation>
    </message>
    <message>
        <source>Back to all lessons (Alt+Left)</source>
        <translation>Quay lại tất cả bài học (Alt+Mũi tên trái)</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Cỡ chữ:</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Chữ nhỏ hơn (Ctrl+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ lớn hơn</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Chữ lớn hơn (Ctrl+=)</translation>
    </message>
    <message>
        <source>Print or save as PDF…</source>
        <translation>In hoặc lưu PDF…</translation>
    </message>
    <message>
        <source>Print the lesson or save it as PDF</source>
        <translation>In bài học hoặc lưu thành tệp PDF</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Nội dung bài học</translation>
    </message>
    <message>
        <source>This lesson is shown in English because it has no text in your language yet.</source>
        <translation>Bài học này đang hiện bằng tiếng Anh vì chưa có bản tiếng Việt.</translation>
    </message>
    <message>
        <source>Steps on the checklist</source>
        <translation>Các bước trong danh sách an toàn</translation>
    </message>
    <message>
        <source>This lesson has no related checklist steps.</source>
        <translation>Bài học này không có bước nào liên quan trong danh sách an toàn.</translation>
    </message>
    <message>
        <source>&amp;Our note</source>
        <translation>&amp;Ghi chú của gia đình</translation>
    </message>
    <message>
        <source>What we talked about, what we agreed…</source>
        <translation>Cả nhà đã nói gì, đã thống nhất điều gì…</translation>
    </message>
    <message>
        <source>Our note on this lesson</source>
        <translation>Ghi chú của gia đình về bài học này</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Tự động lưu khi bạn gõ.</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ Đã đọc</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Đánh dấu đã đọc</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Đã đọc</translation>
    </message>
    <message>
        <source>You have read this lesson</source>
        <translation>Bạn đã đọc bài học này</translation>
    </message>
    <message>
        <source>Mark this lesson as read</source>
        <translation>Đánh dấu bài học này là đã đọc</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Yêu thích</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Thêm vào yêu thích</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Yêu thích</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tất cả chủ đề</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n bài đã đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>No lesson matches your search. Try fewer or shorter words.</source>
        <translation>Không có bài học nào khớp với từ bạn tìm. Hãy thử ít từ hơn hoặc từ ngắn hơn.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa từ tìm kiếm</translation>
    </message>
    <message>
        <source>No favourite lessons yet: open a lesson and add it to your favourites to find it here.</source>
        <translation>Chưa có bài yêu thích nào: mở một bài học và thêm vào yêu thích để tìm lại nhanh ở đây.</translation>
    </message>
    <message>
        <source>Show all lessons</source>
        <translation>Hiện tất cả bài học</translation>
    </message>
    <message>
        <source>No lesson matches these filters.</source>
        <translation>Không có bài học nào phù hợp với bộ lọc này.</translation>
    </message>
    <message>
        <source>No lessons are installed.</source>
        <translation>Chưa cài bài học nào.</translation>
    </message>
    <message>
        <source>This lesson is not available.</source>
        <translation>Bài học này hiện không có.</translation>
    </message>
    <message>
        <source>For ages %1</source>
        <translation>Dành cho %1</translation>
    </message>
    <message>
        <source>Opens this step in the checklist</source>
        <translation>Mở bước này trong danh sách an toàn</translation>
    </message>
    <message>
        <source>Open this step in the checklist</source>
        <translation>Mở bước này trong danh sách an toàn</translation>
    </message>
    <message>
        <source>This link cannot be opened from Not Alone.</source>
        <translation>Không thể mở liên kết này từ ứng dụng “Không một mình”.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Ghi chú chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Không lưu được ghi chú.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n bài học</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) found</source>
        <translation>
            <numerusform>Tìm thấy %n bài học</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Nội dung giấy phép</translation>
    </message>
    <message>
        <source>The licence texts could not be found. They are gathered when the installers are built, and this copy of Not Alone seems to run from its source code. Not Alone is free software under the Apache License 2.0; Qt and PySide6 are used under the GNU LGPL 3.0.</source>
        <translation>Không tìm thấy nội dung các giấy phép. Chúng được thu thập khi tạo bộ cài đặt, còn bản Không một mình này có vẻ đang chạy trực tiếp từ mã nguồn. Không một mình là phần mềm tự do theo Giấy phép Apache 2.0; Qt và PySide6 được dùng theo giấy phép GNU LGPL 3.0.</translation>
    </message>
    <message>
        <source>Not Alone is free software under the Apache License 2.0. It comes with the programs and libraries below, each under its own licence. Choose one to read its licence.</source>
        <translation>Không một mình là phần mềm tự do theo Giấy phép Apache 2.0. Đi kèm là các chương trình và thư viện dưới đây, mỗi thứ có giấy phép riêng. Chọn một mục để đọc giấy phép của nó.</translation>
    </message>
    <message>
        <source>This copy of Not Alone runs from its source code, so only what the installed libraries say about themselves is shown. The installers carry every licence text in full.</source>
        <translation>Bản Không một mình này đang chạy từ mã nguồn, nên ở đây chỉ hiện những gì các thư viện đã cài tự khai báo. Bộ cài đặt có đầy đủ nội dung mọi giấy phép.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Giấy phép: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Mã nguồn: %1</translation>
    </message>
    <message>
        <source>No licence text was found for this component; its licence is named above.</source>
        <translation>Không tìm thấy nội dung giấy phép của thành phần này; tên giấy phép được ghi ở trên.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Danh sách an toàn</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Kế hoạch an toàn</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Not Alone</source>
        <translation>Không một mình</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Child mode: enter the parent PIN to change things (Ctrl+L)</source>
        <translation>Chế độ trẻ em: nhập mã PIN của cha mẹ để thay đổi (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Back to child mode: changes need the parent PIN (Ctrl+L)</source>
        <translation>Quay lại chế độ trẻ em: muốn thay đổi phải có mã PIN của cha mẹ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Child mode</source>
        <translation>Chế độ trẻ em</translation>
    </message>
    <message>
        <source>Parent mode</source>
        <translation>Chế độ cha mẹ</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Các phần</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Tìm trợ giúp ngay</translation>
    </message>
    <message>
        <source>Emergency numbers and first steps (F1)</source>
        <translation>Số khẩn cấp và các bước đầu tiên (F1)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Opening your family&apos;s data…</source>
        <translation>Đang mở dữ liệu của gia đình bạn…</translation>
    </message>
</context>
<context>
    <name>MonthSheet</name>
    <message>
        <source>This month: %1</source>
        <translation>Tháng này của %1</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>The most important things to do now for %1. Tick each box when it is done; the rest of the checklist is in Not Alone.</source>
        <translation>Những việc quan trọng nhất nên làm lúc này cho %1. Làm xong việc nào, hãy đánh dấu vào ô của việc đó; phần còn lại của danh sách có trong ứng dụng “Không một mình”.</translation>
    </message>
    <message>
        <source>Time to check again: done on %1</source>
        <translation>Đến lúc kiểm tra lại: đã làm ngày %1</translation>
    </message>
    <message>
        <source>for the whole family</source>
        <translation>cho cả gia đình</translation>
    </message>
    <message>
        <source>Everything on the checklist for %1 is done or set aside. Well done! Look again next month.</source>
        <translation>Mọi việc trong danh sách của %1 đều đã xong hoặc được để sang một bên. Giỏi lắm! Tháng sau hãy xem lại nhé.</translation>
    </message>
    <message>
        <source>Family code word:</source>
        <translation>Mật mã gia đình:</translation>
    </message>
    <message>
        <source>ask for it on every call about money or danger. It is not printed here, on purpose.</source>
        <translation>hãy hỏi mật mã trong mọi cuộc gọi về tiền bạc hoặc nguy hiểm. Mật mã cố ý không được in ở đây.</translation>
    </message>
    <message>
        <source>not chosen yet. Agree one together and keep it in the safety plan in Not Alone.</source>
        <translation>chưa chọn. Hãy cùng nhau thống nhất một mật mã và lưu trong kế hoạch an toàn của ứng dụng “Không một mình”.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Khi khẩn cấp</translation>
    </message>
    <message>
        <source>Printed on %1 with Not Alone.</source>
        <translation>In vào %1 từ ứng dụng “Không một mình”.</translation>
    </message>
</context>
<context>
    <name>PackOrigin</name>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
</context>
<context>
    <name>PacksCard</name>
    <message>
        <source>Content updates</source>
        <translation>Cập nhật nội dung</translation>
    </message>
    <message>
        <source>Organisations you trust can bring new lessons, checklist items, helplines and even languages, without the internet: as a content pack, a file they hand you on a USB stick.</source>
        <translation>Các tổ chức bạn tin cậy có thể mang đến bài học mới, mục mới cho danh sách an toàn, đường dây hỗ trợ và cả ngôn ngữ mới mà không cần internet: dưới dạng một gói nội dung, tức là một tệp họ đưa cho bạn trên USB.</translation>
    </message>
    <message>
        <source>Install a content pac&amp;k from a file…</source>
        <translation>Cài &amp;gói nội dung từ tệp…</translation>
    </message>
    <message>
        <source>Install a content pack from a file</source>
        <translation>Cài gói nội dung từ tệp</translation>
    </message>
    <message>
        <source>No content packs are installed.</source>
        <translation>Chưa cài gói nội dung nào.</translation>
    </message>
    <message>
        <source>Version %1 of %2, by %3</source>
        <translation>Phiên bản %1 ngày %2, của %3</translation>
    </message>
    <message>
        <source>Installed for every user of this computer; only an administrator can remove it.</source>
        <translation>Đã cài cho mọi người dùng máy tính này; chỉ quản trị viên mới gỡ được.</translation>
    </message>
    <message>
        <source>From a publisher this app trusts.</source>
        <translation>Từ một nhà phát hành mà ứng dụng tin cậy.</translation>
    </message>
    <message>
        <source>From a publisher this app does not know (key %1): its content is marked “from %2” wherever it is shown.</source>
        <translation>Từ một nhà phát hành mà ứng dụng chưa biết (khóa %1): nội dung của gói được ghi “từ %2” ở mọi nơi hiển thị.</translation>
    </message>
    <message>
        <source>Not used: %1. Install the pack again, or remove it.</source>
        <translation>Không được dùng: %1. Hãy cài lại gói, hoặc gỡ gói.</translation>
    </message>
    <message>
        <source>Show what it adds and changes</source>
        <translation>Xem gói thêm và thay đổi những gì</translation>
    </message>
    <message>
        <source>Show what %1 adds and changes</source>
        <translation>Xem %1 thêm và thay đổi những gì</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Gỡ…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Gỡ %1</translation>
    </message>
    <message>
        <source>It adds:</source>
        <translation>Gói thêm:</translation>
    </message>
    <message>
        <source>It changes:</source>
        <translation>Gói thay đổi:</translation>
    </message>
    <message>
        <source>Only the interface in a new language.</source>
        <translation>Chỉ có giao diện bằng một ngôn ngữ mới.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Mục trong danh sách an toàn</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Đường dây hỗ trợ</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Các bước đầu tiên</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Sự kiện trong đời</translation>
    </message>
    <message>
        <source>Checklist section</source>
        <translation>Phần của danh sách an toàn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Thỏa thuận gia đình</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>đã kiểm tra ngày %1</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>Cài gói nội dung</translation>
    </message>
    <message>
        <source>Content packs (*.zip);;All files (*)</source>
        <translation>Gói nội dung (*.zip);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Checking the pack&apos;s signature and content…</source>
        <translation>Đang kiểm tra chữ ký và nội dung của gói…</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>The pack was not installed: %1. Nothing was changed.</source>
        <translation>Chưa cài gói: %1. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1 is already installed; nothing was changed.</source>
        <translation>%1 đã được cài rồi; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The pack was not installed. Nothing was changed.</source>
        <translation>Chưa cài gói. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1 (version %2) is installed. Its content is in Not Alone now.</source>
        <translation>Đã cài %1 (phiên bản %2). Nội dung của gói đã có trong “Không một mình”.</translation>
    </message>
    <message>
        <source>Install %1, version %2, by %3?</source>
        <translation>Cài %1, phiên bản %2, của %3?</translation>
    </message>
    <message>
        <source>This pack comes from a publisher this app does not know: %1.</source>
        <translation>Gói này đến từ một nhà phát hành mà ứng dụng chưa biết: %1.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1

Install it only if you got it from %2 yourself; if you can, compare the fingerprint with them. Its lessons, checklist items and helplines will be marked “from %2”.

Install %3?</source>
        <translation>Dấu vân tay của khóa: %1

Chỉ cài nếu chính bạn nhận gói này từ %2; nếu được, hãy so dấu vân tay với họ. Bài học, mục trong danh sách an toàn và đường dây hỗ trợ của gói sẽ được ghi “từ %2”.

Cài %3?</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>Chưa gỡ %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed. Your progress on its items and lessons is kept.</source>
        <translation>Đã gỡ %1. Tiến độ của bạn với các mục và bài học của gói vẫn được giữ.</translation>
    </message>
    <message>
        <source>Remove a content pack</source>
        <translation>Gỡ gói nội dung</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Gỡ %1?</translation>
    </message>
    <message>
        <source>Its lessons, checklist items and helplines leave Not Alone. Your ticks, notes and reading on them are kept, and come back if you install the pack again.</source>
        <translation>Bài học, mục trong danh sách an toàn và đường dây hỗ trợ của gói sẽ rời khỏi “Không một mình”. Những dấu tích, ghi chú và bài đã đọc của bạn vẫn được giữ, và sẽ trở lại nếu bạn cài lại gói.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>Mã PIN phải có ít nhất 4 chữ số.</translation>
    </message>
    <message>
        <source>Enter a PIN of 4 to 8 digits, or a passphrase of 8 or more characters.</source>
        <translation>Hãy nhập mã PIN từ 4 đến 8 chữ số, hoặc cụm mật khẩu từ 8 ký tự trở lên.</translation>
    </message>
    <message>
        <source>Use 4 to 8 digits, or a passphrase of at least 8 characters.</source>
        <translation>Hãy dùng 4 đến 8 chữ số, hoặc cụm mật khẩu ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>A passphrase can have at most 256 characters.</source>
        <translation>Cụm mật khẩu chỉ được dài tối đa 256 ký tự.</translation>
    </message>
    <message>
        <source>The system&apos;s password store did not save the PIN (it may be locked, or the request was cancelled). Nothing was changed.</source>
        <translation>Kho mật khẩu của hệ thống không lưu được mã PIN (có thể kho đang bị khóa, hoặc yêu cầu đã bị hủy). Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 minutes.</source>
        <translation>Nhập sai quá nhiều lần. Hãy thử lại sau %1 phút.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Nhập sai quá nhiều lần. Hãy thử lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Mã PIN của cha mẹ</translation>
    </message>
    <message>
        <source>Parents only</source>
        <translation>Chỉ dành cho cha mẹ</translation>
    </message>
    <message>
        <source>Changing the checklist, the contacts, the children or the settings needs the parent PIN. Lessons, games and “Get help now” stay open for everyone.</source>
        <translation>Muốn thay đổi danh sách an toàn, danh bạ, thông tin các con hay cài đặt thì cần mã PIN của cha mẹ. Bài học, trò chơi và “Tìm trợ giúp ngay” vẫn mở cho mọi người.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>Mã &amp;PIN hoặc cụm mật khẩu:</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>Mã PIN hoặc cụm mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Forgot the PIN? Use the recovery code…</source>
        <translation>&amp;Quên mã PIN? Dùng mã khôi phục…</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the recovery code</source>
        <translation>Quên mã PIN? Dùng mã khôi phục</translation>
    </message>
    <message>
        <source>Reset the PIN</source>
        <translation>Đặt lại mã PIN</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the PIN was set (4 groups of 4 letters and digits), then choose a new PIN.</source>
        <translation>Hãy nhập mã khôi phục bạn đã ghi lại khi đặt mã PIN (4 nhóm, mỗi nhóm 4 chữ cái và chữ số), rồi chọn mã PIN mới.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Mã &amp;khôi phục:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>Mã PIN &amp;mới:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <source>Repeat the new &amp;PIN:</source>
        <translation>Nhập lại mã &amp;PIN mới:</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Nhập lại mã PIN mới</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <source>The system&apos;s password store did not answer (it may be locked, or the request was cancelled). Try again.</source>
        <translation>Kho mật khẩu của hệ thống không phản hồi (có thể kho đang bị khóa, hoặc yêu cầu đã bị hủy). Hãy thử lại.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Hai mã PIN không giống nhau.</translation>
    </message>
    <message>
        <source>That recovery code is not right.</source>
        <translation>Mã khôi phục không đúng.</translation>
    </message>
    <message>
        <source>Choose 4 to 8 digits, or a passphrase of at least 8 characters. With a PIN, Not Alone opens for the children: lessons, games and “Get help now” work; changing anything asks for the PIN. The PIN keeps out someone at the keyboard; it does not encrypt the family&apos;s file on this computer.</source>
        <translation>Hãy chọn 4 đến 8 chữ số, hoặc cụm mật khẩu ít nhất 8 ký tự. Khi có mã PIN, “Không một mình” mở ở chế độ cho các con: bài học, trò chơi và “Tìm trợ giúp ngay” vẫn dùng được; muốn thay đổi gì cũng phải nhập mã PIN. Mã PIN ngăn người khác dùng máy để sửa đổi, nhưng không mã hóa tệp dữ liệu của gia đình trên máy tính này.</translation>
    </message>
    <message>
        <source>The PIN is checked against a fingerprint kept in the system&apos;s password store.</source>
        <translation>Mã PIN được kiểm tra bằng một dấu vân tay lưu trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>This computer offers no password store, so the PIN&apos;s fingerprint is kept in the family&apos;s data file. The PIN itself is never stored.</source>
        <translation>Máy tính này không có kho mật khẩu, nên dấu vân tay của mã PIN được lưu trong tệp dữ liệu của gia đình. Bản thân mã PIN không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Re&amp;move the lock…</source>
        <translation>&amp;Gỡ bỏ khóa…</translation>
    </message>
    <message>
        <source>Remove the lock</source>
        <translation>Gỡ bỏ khóa</translation>
    </message>
    <message>
        <source>This computer&apos;s password store has no fingerprint of the PIN for these files (they may have been copied from another computer), so the PIN cannot be checked here. Reset it with the recovery code. If the code is lost too, a parent can remove the lock.</source>
        <translation>Kho mật khẩu của máy tính này không có dấu vân tay của mã PIN cho các tệp này (có thể chúng được sao chép từ máy khác), nên không thể kiểm tra mã PIN ở đây. Hãy đặt lại mã PIN bằng mã khôi phục. Nếu cả mã khôi phục cũng đã mất, cha mẹ có thể gỡ bỏ khóa.</translation>
    </message>
    <message>
        <source>The system&apos;s password store that keeps the PIN&apos;s fingerprint is not available now, so the PIN cannot be checked. Nothing was changed. Try again later (after logging in to this computer again, for example), or reset the PIN with the recovery code.</source>
        <translation>Kho mật khẩu của hệ thống, nơi giữ dấu vân tay của mã PIN, hiện không dùng được, nên chưa thể kiểm tra mã PIN. Không có gì bị thay đổi. Hãy thử lại sau (ví dụ sau khi đăng nhập lại vào máy tính này), hoặc đặt lại mã PIN bằng mã khôi phục.</translation>
    </message>
    <message>
        <source>Remove the parent lock?</source>
        <translation>Gỡ bỏ khóa của cha mẹ?</translation>
    </message>
    <message>
        <source>Only a parent should do this, and only when the recovery code is lost too. Until a new PIN is set, anyone at this computer can change the checklist, the contacts, the children and the settings. Nothing of the family&apos;s data is deleted.</source>
        <translation>Chỉ cha mẹ mới nên làm việc này, và chỉ khi mã khôi phục cũng đã mất. Cho đến khi đặt mã PIN mới, bất kỳ ai dùng máy tính này cũng có thể thay đổi danh sách an toàn, danh bạ, thông tin các con và cài đặt. Dữ liệu của gia đình không bị xóa gì cả.</translation>
    </message>
    <message>
        <source>The PIN can be checked again now: enter it.</source>
        <translation>Giờ đã có thể kiểm tra mã PIN trở lại: hãy nhập mã PIN.</translation>
    </message>
    <message>
        <source>The parent lock was removed. Set a new PIN in Settings.</source>
        <translation>Khóa của cha mẹ đã được gỡ bỏ. Hãy đặt mã PIN mới trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Parent PIN (optional)</source>
        <translation>Mã PIN của cha mẹ (không bắt buộc)</translation>
    </message>
    <message>
        <source>A parent PIN is already set. You can change or remove it in Settings.</source>
        <translation>Mã PIN của cha mẹ đã được đặt. Bạn có thể đổi hoặc gỡ mã trong Cài đặt.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>Mã &amp;PIN hoặc cụm mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Parent PIN or passphrase</source>
        <translation>Mã PIN hoặc cụm mật khẩu của cha mẹ</translation>
    </message>
    <message>
        <source>Repeat the parent PIN or passphrase</source>
        <translation>Nhập lại mã PIN hoặc cụm mật khẩu của cha mẹ</translation>
    </message>
    <message>
        <source>Leave both fields empty to go on without a PIN; you can set one later.</source>
        <translation>Để trống cả hai ô nếu muốn tiếp tục mà không đặt mã PIN; bạn có thể đặt sau.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Hai mã PIN không giống nhau.</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Mã PIN của cha mẹ</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>This text holds a hidden character that turns the words around it backwards, a trick scam messages use to disguise names and links. Type it again instead of pasting it.</source>
        <translation>Đoạn chữ này có một ký tự ẩn làm đảo ngược chữ xung quanh nó, một mánh mà tin nhắn lừa đảo hay dùng để ngụy trang tên và đường link. Hãy gõ lại thay vì dán vào.</translation>
    </message>
    <message>
        <source>This text holds a hidden control character. Type it again instead of pasting it.</source>
        <translation>Đoạn chữ này có một ký tự điều khiển ẩn. Hãy gõ lại thay vì dán vào.</translation>
    </message>
    <message>
        <source>There is nothing in this text that can be seen. Use letters or digits.</source>
        <translation>Đoạn chữ này không có gì nhìn thấy được. Hãy dùng chữ cái hoặc chữ số.</translation>
    </message>
</context>
<context>
    <name>PlanSheet</name>
    <message>
        <source>Stay calm. Do not pay or transfer anything, however urgent or frightening the message is.</source>
        <translation>Hãy bình tĩnh. Đừng trả hay chuyển khoản bất cứ thứ gì, dù tin nhắn có gấp gáp hay đáng sợ đến đâu.</translation>
    </message>
    <message>
        <source>Call %1 yourself, on the number you already know, with an ordinary voice call.</source>
        <translation>Tự gọi cho %1 bằng số bạn vẫn biết, bằng cuộc gọi thoại thông thường.</translation>
    </message>
    <message>
        <source>When you reach them, ask for the family code word.</source>
        <translation>Khi liên lạc được, hãy hỏi mật mã gia đình.</translation>
    </message>
    <message>
        <source>If %1 does not answer, call these people, in this order:</source>
        <translation>Nếu %1 không nghe máy, hãy gọi cho những người này, theo thứ tự:</translation>
    </message>
    <message>
        <source>If %1 does not answer, call the people around them: a roommate, friends, a teacher, the landlord.</source>
        <translation>Nếu %1 không nghe máy, hãy gọi cho những người ở gần con: bạn cùng phòng, bạn bè, thầy cô, chủ nhà trọ.</translation>
    </message>
    <message>
        <source>Call the police on %1 and say it may be an online kidnapping scam.</source>
        <translation>Gọi công an theo số %1 và nói rằng đây có thể là chiêu lừa “bắt cóc online”.</translation>
    </message>
    <message>
        <source>Call your local police and say it may be an online kidnapping scam.</source>
        <translation>Gọi công an nơi bạn sống và nói rằng đây có thể là chiêu lừa “bắt cóc online”.</translation>
    </message>
    <message>
        <source>Keep every message, call log, account name and bank account number the callers sent. Delete nothing. If an image shows %1 undressed, do not forward or copy it: tell the police it exists.</source>
        <translation>Giữ lại mọi tin nhắn, lịch sử cuộc gọi, tên tài khoản và số tài khoản ngân hàng mà kẻ gọi đã gửi. Đừng xóa gì cả. Nếu có ảnh %1 không mặc quần áo, đừng chuyển tiếp hay sao chép: hãy báo cho công an biết là có ảnh đó.</translation>
    </message>
    <message>
        <source>When you reach %1, reassure them first: they are the victim, not the one to blame.</source>
        <translation>Khi liên lạc được với %1, trước hết hãy trấn an con: con là nạn nhân, không phải người có lỗi.</translation>
    </message>
    <message>
        <source>Safety plan for %1</source>
        <translation>Kế hoạch an toàn cho %1</translation>
    </message>
    <message>
        <source>What to do if someone says %1 has been arrested, kidnapped or is in trouble, and asks for money or secrecy. Real police never investigate, ask for money or summon anyone by phone or video call.</source>
        <translation>Phải làm gì nếu có người nói %1 bị bắt, bị bắt cóc hoặc đang gặp chuyện, rồi đòi tiền hoặc bắt giữ bí mật. Công an thật không bao giờ điều tra, đòi tiền hay triệu tập ai qua điện thoại hoặc cuộc gọi video.</translation>
    </message>
    <message>
        <source>If a ransom or “police” message arrives</source>
        <translation>Nếu nhận được tin đòi tiền chuộc hoặc tin của “công an”</translation>
    </message>
    <message>
        <source>Where %1 usually is</source>
        <translation>Nơi %1 thường ở</translation>
    </message>
    <message>
        <source>Family code word</source>
        <translation>Mật mã gia đình</translation>
    </message>
    <message>
        <source>Keep this page out of sight: anyone who reads the code word can use it.</source>
        <translation>Hãy cất trang này đi: ai đọc được mật mã cũng có thể dùng nó.</translation>
    </message>
    <message>
        <source>Not printed, on purpose. Everyone in the family knows it: ask for it on every call about money or danger.</source>
        <translation>Cố ý không in ra. Mọi người trong nhà đều biết mật mã: hãy hỏi mật mã trong mọi cuộc gọi về tiền bạc hoặc nguy hiểm.</translation>
    </message>
    <message>
        <source>Not chosen yet. Agree one together and keep it in the safety plan in Not Alone.</source>
        <translation>Chưa chọn. Hãy cùng nhau thống nhất một mật mã và lưu trong kế hoạch an toàn của ứng dụng “Không một mình”.</translation>
    </message>
    <message>
        <source>Printed on %1 with Not Alone.</source>
        <translation>In vào %1 từ ứng dụng “Không một mình”.</translation>
    </message>
    <message>
        <source>If %1 does not answer, call the people around them: their friends, the parents of their friends, their school or a teacher.</source>
        <translation>Nếu %1 không nghe máy, hãy gọi cho những người ở quanh con: bạn bè của con, cha mẹ của các bạn ấy, nhà trường hoặc thầy cô.</translation>
    </message>
    <message>
        <source>What to do if a caller or a message says %1 is hurt, in trouble or has been taken, and asks for money or secrecy. Calls like this are almost always scams: check first, pay nothing.</source>
        <translation>Cần làm gì nếu có người gọi điện hay nhắn tin nói rằng %1 bị thương, gặp chuyện hoặc bị bắt đi, rồi đòi tiền hay bắt giữ bí mật. Những cuộc gọi như vậy gần như luôn là lừa đảo: hãy kiểm tra trước, không trả đồng nào.</translation>
    </message>
    <message>
        <source>If someone says %1 is in trouble</source>
        <translation>Nếu có người nói %1 đang gặp chuyện</translation>
    </message>
    <message>
        <source>Call the adult who is with %1 right now (the school, the kindergarten, the carer) and ask them to check that %1 is safe.</source>
        <translation>Gọi cho người lớn đang ở cùng %1 lúc này (nhà trường, lớp mẫu giáo, người trông trẻ) và nhờ họ kiểm tra xem %1 có an toàn không.</translation>
    </message>
    <message>
        <source>If you cannot reach them, call these people, in this order:</source>
        <translation>Nếu không liên lạc được, hãy gọi cho những người này, theo thứ tự:</translation>
    </message>
    <message>
        <source>If you cannot reach them, call the other adults around %1: the teacher, the school office, grandparents, the parents of friends.</source>
        <translation>Nếu không liên lạc được, hãy gọi cho những người lớn khác quanh %1: cô giáo, văn phòng nhà trường, ông bà, cha mẹ của các bạn.</translation>
    </message>
    <message>
        <source>Keep every message, call log, account name and bank account number the callers sent. Delete nothing.</source>
        <translation>Giữ lại mọi tin nhắn, lịch sử cuộc gọi, tên tài khoản và số tài khoản ngân hàng mà kẻ gọi đã gửi. Đừng xóa gì cả.</translation>
    </message>
    <message>
        <source>Anyone who comes to pick %1 up without being expected must know the family code word. %1 goes with nobody who does not.</source>
        <translation>Ai bất ngờ đến đón %1 cũng phải nói được mật mã gia đình. Người nào không biết mật mã thì %1 không đi theo.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Safety plan</source>
        <translation>Kế hoạch an toàn</translation>
    </message>
    <message>
        <source>Family safety plan</source>
        <translation>Kế hoạch an toàn của gia đình</translation>
    </message>
    <message>
        <source>Family agreement and poster…</source>
        <translation>Thỏa thuận gia đình và áp phích…</translation>
    </message>
    <message>
        <source>Verification plan</source>
        <translation>Kế hoạch xác minh</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Sổ ghi sự việc</translation>
    </message>
    <message>
        <source>Parts of the safety plan</source>
        <translation>Các phần của kế hoạch an toàn</translation>
    </message>
    <message>
        <source>Scammers may call you pretending that your child is hurt, in trouble or has been taken, and demand money at once. Agree now how you will check, and keep the plan at hand: with it, a frightening call becomes a few calm steps.</source>
        <translation>Kẻ lừa đảo có thể gọi cho bạn, nói rằng con bạn bị thương, gặp chuyện hoặc đã bị bắt đi, và đòi tiền ngay lập tức. Hãy thống nhất từ bây giờ cách kiểm tra và giữ kế hoạch ở nơi dễ lấy: có kế hoạch, một cuộc gọi đáng sợ chỉ còn là vài bước bình tĩnh.</translation>
    </message>
    <message>
        <source>Scammers may call you pretending that your child has been arrested or kidnapped, and demand money at once. Agree now how you will check, and keep the plan at hand: with it, a frightening call becomes a few calm steps.</source>
        <translation>Kẻ lừa đảo có thể gọi cho bạn, giả vờ rằng con bạn đã bị bắt hoặc bị bắt cóc, và đòi tiền ngay lập tức. Hãy thống nhất từ bây giờ cách kiểm tra và giữ kế hoạch ở nơi dễ lấy: có kế hoạch, một cuộc gọi đáng sợ chỉ còn là vài bước bình tĩnh.</translation>
    </message>
    <message>
        <source>Tick the adults who can check on your child quickly: the teacher, the school office, the carer, grandparents, the parents of friends. Put them in the order to call them (at most %1).</source>
        <translation>Đánh dấu những người lớn có thể nhanh chóng xem con có an toàn không: cô giáo, văn phòng nhà trường, người trông trẻ, ông bà, cha mẹ của bạn con. Sắp xếp theo thứ tự cần gọi (tối đa %1 người).</translation>
    </message>
    <message>
        <source>Tick the people who can reach your child quickly: their friends, the parents of their friends, a teacher. Put them in the order to call them (at most %1).</source>
        <translation>Đánh dấu những người có thể nhanh chóng liên lạc với con: bạn bè của con, cha mẹ của các bạn ấy, thầy cô. Sắp xếp theo thứ tự cần gọi (tối đa %1 người).</translation>
    </message>
    <message>
        <source>One place per line: kindergarten or school, after-school club, a relative&apos;s home.</source>
        <translation>Mỗi dòng một nơi: nhà trẻ hoặc trường học, lớp sau giờ học, nhà người thân.</translation>
    </message>
    <message>
        <source>For example: Sunflower kindergarten, class B2</source>
        <translation>Ví dụ: Trường mầm non Hoa Hướng Dương, lớp B2</translation>
    </message>
    <message>
        <source>One place per line: school, extra classes, sports club, a friend&apos;s home.</source>
        <translation>Mỗi dòng một nơi: trường học, lớp học thêm, câu lạc bộ thể thao, nhà bạn.</translation>
    </message>
    <message>
        <source>For example: English class on Tuesday evenings</source>
        <translation>Ví dụ: lớp tiếng Anh tối thứ Ba</translation>
    </message>
    <message>
        <source>Plan &amp;for:</source>
        <translation>Kế hoạch &amp;cho:</translation>
    </message>
    <message>
        <source>Whose plan</source>
        <translation>Kế hoạch của ai</translation>
    </message>
    <message>
        <source>Add your children first: each child gets a plan of their own.</source>
        <translation>Hãy thêm các con trước: mỗi con sẽ có một kế hoạch riêng.</translation>
    </message>
    <message>
        <source>Add your children</source>
        <translation>Thêm các con</translation>
    </message>
    <message>
        <source>Tick the people who can reach your child quickly: a roommate, a friend, a teacher, the landlord. Put them in the order to call them (at most %1).</source>
        <translation>Đánh dấu những người có thể nhanh chóng liên lạc với con: bạn cùng phòng, bạn bè, thầy cô, chủ nhà trọ. Sắp xếp theo thứ tự cần gọi (tối đa %1 người).</translation>
    </message>
    <message>
        <source>People to call, in order. Space ticks a person.</source>
        <translation>Những người cần gọi, theo thứ tự. Nhấn phím cách để đánh dấu một người.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Lên trên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Xuống &amp;dưới</translation>
    </message>
    <message>
        <source>Call this person earlier</source>
        <translation>Gọi người này sớm hơn</translation>
    </message>
    <message>
        <source>Call this person later</source>
        <translation>Gọi người này sau</translation>
    </message>
    <message>
        <source>There are no contacts yet. Add the people around your child in Contacts first.</source>
        <translation>Chưa có người liên hệ nào. Hãy thêm những người ở gần con vào Danh bạ trước.</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>Mở Danh bạ</translation>
    </message>
    <message>
        <source>Family code word</source>
        <translation>Mật mã gia đình</translation>
    </message>
    <message>
        <source>A word only your family knows. Anyone who calls about money or danger in your child&apos;s name must be able to say it; ask your child for it too. Never type it into a chat: only say it aloud.</source>
        <translation>Một từ chỉ gia đình bạn biết. Ai gọi nhân danh con bạn về chuyện tiền bạc hay nguy hiểm đều phải nói được mật mã; hãy hỏi cả chính con nữa. Đừng bao giờ gõ mật mã vào tin nhắn: chỉ nói thành lời.</translation>
    </message>
    <message>
        <source>One place per line: school or university, dorm or room, work, a friend&apos;s home.</source>
        <translation>Mỗi dòng một nơi: trường học, ký túc xá hoặc phòng trọ, nơi làm việc, nhà bạn.</translation>
    </message>
    <message>
        <source>Places, one per line</source>
        <translation>Các nơi, mỗi dòng một nơi</translation>
    </message>
    <message>
        <source>For example: Dorm B, room 312</source>
        <translation>Ví dụ: Ký túc xá B, phòng 312</translation>
    </message>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>In / Lưu PDF…</translation>
    </message>
    <message>
        <source>Include the code word on the printout</source>
        <translation>In cả mật mã gia đình</translation>
    </message>
    <message>
        <source>If a ransom or “police” message arrives</source>
        <translation>Nếu nhận được tin đòi tiền chuộc hoặc tin của “công an”</translation>
    </message>
    <message>
        <source>Who to call to reach %1</source>
        <translation>Gọi ai để liên lạc với %1</translation>
    </message>
    <message>
        <source>Where %1 usually is</source>
        <translation>Nơi %1 thường ở</translation>
    </message>
    <message>
        <source>Who to call to reach your child</source>
        <translation>Gọi ai để liên lạc với con</translation>
    </message>
    <message>
        <source>Where your child usually is</source>
        <translation>Nơi con thường ở</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Hide the code word</source>
        <translation>Ẩn mật mã gia đình</translation>
    </message>
    <message>
        <source>Show or change the code word</source>
        <translation>Hiện hoặc đổi mật mã gia đình</translation>
    </message>
    <message>
        <source>The code word is never shown in screenshots.</source>
        <translation>Mật mã gia đình không bao giờ hiện trong ảnh chụp màn hình.</translation>
    </message>
    <message>
        <source>Type a new word to change it, then save the plan.</source>
        <translation>Gõ từ mới để đổi mật mã, rồi lưu kế hoạch.</translation>
    </message>
    <message>
        <source>A code word is saved. Press Show to see or change it.</source>
        <translation>Đã lưu mật mã gia đình. Bấm Hiện để xem hoặc đổi.</translation>
    </message>
    <message>
        <source>No code word yet. Press Show to choose one.</source>
        <translation>Chưa có mật mã gia đình. Bấm Hiện để chọn.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Đã ẩn</translation>
    </message>
    <message>
        <source>This child is no longer in the family.</source>
        <translation>Con này không còn trong danh sách gia đình.</translation>
    </message>
    <message>
        <source>A code word can have at most %1 characters.</source>
        <translation>Mật mã chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>The code word must fit on one line.</source>
        <translation>Mật mã phải nằm gọn trên một dòng.</translation>
    </message>
    <message>
        <source>List at most %1 places.</source>
        <translation>Chỉ ghi tối đa %1 nơi.</translation>
    </message>
    <message>
        <source>A place can have at most %1 characters.</source>
        <translation>Mỗi nơi chỉ được dài tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Child mode: changing the plan asks for the parent PIN.</source>
        <translation>Chế độ trẻ em: muốn thay đổi kế hoạch cần nhập mã PIN của cha mẹ.</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Mọi thay đổi được lưu ngay khi bạn gõ.</translation>
    </message>
    <message>
        <source>Place %1 is longer than %2 characters.</source>
        <translation>Nơi thứ %1 dài hơn %2 ký tự.</translation>
    </message>
    <message>
        <source>Tick at most %1 people to call.</source>
        <translation>Chỉ đánh dấu tối đa %1 người để gọi.</translation>
    </message>
    <message>
        <source>One of the ticked contacts no longer exists. Check the list and save again.</source>
        <translation>Một người đã đánh dấu không còn trong danh bạ. Hãy xem lại danh sách rồi lưu lại.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>What to print</source>
        <translation>Chọn nội dung để in</translation>
    </message>
    <message>
        <source>The whole checklist…</source>
        <translation>Toàn bộ danh sách…</translation>
    </message>
    <message>
        <source>This month&apos;s sheets, one page per child…</source>
        <translation>Việc cần làm tháng này, mỗi con một trang…</translation>
    </message>
    <message>
        <source>This month&apos;s sheet…</source>
        <translation>Việc cần làm tháng này…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Write this code down</source>
        <translation>Hãy ghi lại mã này</translation>
    </message>
    <message>
        <source>If the PIN is ever forgotten, this code resets it. Write it on paper and keep it somewhere the children cannot find it. It is shown only now.</source>
        <translation>Nếu có lúc quên mã PIN, mã này sẽ giúp đặt lại. Hãy chép ra giấy và cất ở nơi các con không tìm thấy. Mã chỉ hiện một lần này thôi.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Mã khôi phục: %1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Tôi đã ghi lại</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your family&apos;s data needs attention</source>
        <translation>Dữ liệu của gia đình bạn cần được xử lý</translation>
    </message>
    <message>
        <source>The family&apos;s data file cannot be opened</source>
        <translation>Không mở được tệp dữ liệu của gia đình</translation>
    </message>
    <message>
        <source>The file is damaged or is not a Not Alone file. It will be moved aside (never deleted), and you can go on with the newest good backup, from %1, or start with an empty family.</source>
        <translation>Tệp bị hỏng hoặc không phải tệp của “Không một mình”. Tệp sẽ được chuyển sang chỗ khác (không bao giờ bị xóa), và bạn có thể tiếp tục với bản sao lưu tốt mới nhất, từ %1, hoặc bắt đầu lại với dữ liệu trống.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup of %1</source>
        <translation>&amp;Khôi phục bản sao lưu từ %1</translation>
    </message>
    <message>
        <source>The file is damaged or is not a Not Alone file, and there is no good backup. It will be moved aside (never deleted), and you can start with an empty family.</source>
        <translation>Tệp bị hỏng hoặc không phải tệp của “Không một mình”, và không có bản sao lưu nào dùng được. Tệp sẽ được chuyển sang chỗ khác (không bao giờ bị xóa), và bạn có thể bắt đầu lại với dữ liệu trống.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty family</source>
        <translation>Bắt đầu lại với dữ liệu &amp;trống</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Not Alone: time for a check</source>
        <translation>Không một mình: đến lúc kiểm tra rồi</translation>
    </message>
    <message numerus="yes">
        <source>Due for review on your checklist: %n safety step(s). Open Not Alone to go through them.</source>
        <translation>
            <numerusform>Danh sách an toàn có %n bước cần xem lại. Hãy mở “Không một mình” để làm lần lượt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Alone</source>
        <translation>Không một mình</translation>
    </message>
</context>
<context>
    <name>ScenarioChat</name>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Go on to the next message (Enter)</source>
        <translation>Sang tin nhắn tiếp theo (Enter)</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Chơi lại</translation>
    </message>
    <message>
        <source>Play this scenario again</source>
        <translation>Chơi lại tình huống này</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the game</source>
        <translation>Đóng trò chơi</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Tin nhắn từ %1</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Good choice</source>
        <translation>Lựa chọn tốt</translation>
    </message>
    <message>
        <source>Risky choice</source>
        <translation>Lựa chọn rủi ro</translation>
    </message>
    <message>
        <source>Safe ending</source>
        <translation>Kết thúc an toàn</translation>
    </message>
    <message>
        <source>Unsafe ending</source>
        <translation>Kết thúc không an toàn</translation>
    </message>
    <message numerus="yes">
        <source>Score: %1 of %n good replies</source>
        <translation>
            <numerusform>Điểm: %1/%n câu trả lời tốt</numerusform>
        </translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Đọc thêm</translation>
    </message>
    <message>
        <source>Steps on the checklist</source>
        <translation>Các bước trong danh sách an toàn</translation>
    </message>
    <message>
        <source>Your reply (press a number key):</source>
        <translation>Chọn câu trả lời (bấm phím số):</translation>
    </message>
    <message>
        <source>Read the feedback, then continue.</source>
        <translation>Đọc nhận xét rồi bấm Tiếp tục.</translation>
    </message>
    <message>
        <source>The end. Talk about it together: what were the warning signs?</source>
        <translation>Trò chơi đã kết thúc. Hãy cùng trò chuyện: đâu là những dấu hiệu cảnh báo?</translation>
    </message>
</context>
<context>
    <name>ScenarioPlayer</name>
    <message>
        <source>Scenario: %1</source>
        <translation>Tình huống: %1</translation>
    </message>
    <message>
        <source>the whole family</source>
        <translation>cả gia đình</translation>
    </message>
    <message>
        <source>Playing: %1</source>
        <translation>Người chơi: %1</translation>
    </message>
</context>
<context>
    <name>ScenariosView</name>
    <message>
        <source>Scenarios</source>
        <translation>Tình huống</translation>
    </message>
    <message>
        <source>Scam scenarios</source>
        <translation>Tình huống lừa đảo</translation>
    </message>
    <message>
        <source>Play these chats with your child: a stranger writes, you choose the reply together, and you see straight away which warning sign it was about. Recognising the pattern now makes it easier to stop when it happens for real.</source>
        <translation>Hãy chơi những cuộc trò chuyện này cùng con: một người lạ nhắn tin, bạn và con cùng chọn câu trả lời, rồi thấy ngay đó là dấu hiệu cảnh báo nào. Nhận ra kiểu lừa từ bây giờ thì khi gặp thật sẽ dễ dừng lại hơn.</translation>
    </message>
    <message>
        <source>&amp;Who is playing?</source>
        <translation>&amp;Ai đang chơi?</translation>
    </message>
    <message>
        <source>Who is playing</source>
        <translation>Ai đang chơi</translation>
    </message>
    <message>
        <source>No scenarios are installed.</source>
        <translation>Chưa cài tình huống nào.</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>Cả gia đình</translation>
    </message>
    <message>
        <source>For ages %1</source>
        <translation>Dành cho %1</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Cả gia đình</translation>
    </message>
    <message>
        <source>Not played yet.</source>
        <translation>Chưa chơi lần nào.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Chơi</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>Chơi %1</translation>
    </message>
    <message>
        <source>safe ending</source>
        <translation>kết thúc an toàn</translation>
    </message>
    <message>
        <source>unsafe ending</source>
        <translation>kết thúc không an toàn</translation>
    </message>
    <message>
        <source>%1: last time %2 of %3 good replies, %4</source>
        <translation>%1: lần gần nhất %2/%3 câu trả lời tốt, %4</translation>
    </message>
    <message numerus="yes">
        <source>played %n time(s)</source>
        <translation>
            <numerusform>đã chơi %n lần</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the parent PIN</source>
        <translation>Đặt mã PIN của cha mẹ</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>Mã &amp;PIN hoặc cụm mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>New PIN or passphrase</source>
        <translation>Mã PIN hoặc cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>Repeat the new PIN or passphrase</source>
        <translation>Nhập lại mã PIN hoặc cụm mật khẩu mới</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language and country</source>
        <translation>Ngôn ngữ và quốc gia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation>&amp;Quốc gia hoặc khu vực:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Quốc gia hoặc khu vực</translation>
    </message>
    <message>
        <source>Chooses the helplines shown in “Get help now” and how phone numbers are written</source>
        <translation>Quyết định những đường dây hỗ trợ hiện trong “Tìm trợ giúp ngay” và cách viết số điện thoại</translation>
    </message>
    <message>
        <source>Run the first-time setup again…</source>
        <translation>Chạy lại phần thiết lập ban đầu…</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Các con</translation>
    </message>
    <message>
        <source>&amp;Add child…</source>
        <translation>&amp;Thêm con…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Parent lock</source>
        <translation>Khóa của cha mẹ</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>Gỡ mã PIN…</translation>
    </message>
    <message>
        <source>Remove the parent PIN</source>
        <translation>Gỡ mã PIN của cha mẹ</translation>
    </message>
    <message>
        <source>Lock again after &amp;idle time:</source>
        <translation>&amp;Khóa lại sau khi không dùng:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Minutes without use before the app locks again</source>
        <translation>Số phút không dùng trước khi ứng dụng tự khóa lại</translation>
    </message>
    <message>
        <source>Remind me once a day when safety steps are due for review</source>
        <translation>Nhắc tôi mỗi ngày một lần khi có bước an toàn cần xem lại</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Not Alone keeps checked copies of your family&apos;s data in the backups folder: after changes (at most every 30 minutes) and when you close the app. The newest of each of the last 7 days and 4 weeks are kept.</source>
        <translation>“Không một mình” lưu các bản sao đã kiểm tra của dữ liệu gia đình trong thư mục sao lưu: sau khi có thay đổi (tối đa 30 phút một lần) và khi bạn đóng ứng dụng. Ứng dụng giữ bản mới nhất của mỗi ngày trong 7 ngày gần nhất và của mỗi tuần trong 4 tuần gần nhất.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Cách tạo</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sao lưu ng&amp;ay</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>Khôi phục bản sao lưu đã &amp;chọn…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Khôi phục bản sao lưu đã chọn</translation>
    </message>
    <message>
        <source>Your family&apos;s data</source>
        <translation>Dữ liệu của gia đình bạn</translation>
    </message>
    <message>
        <source>Save everything in one file to move it to another computer, bring such a file back, or erase everything Not Alone keeps on this computer. The parent PIN is never saved in the file.</source>
        <translation>Lưu toàn bộ vào một tệp để chuyển sang máy tính khác, lấy lại dữ liệu từ tệp đó, hoặc xóa mọi thứ “Không một mình” lưu trên máy tính này. Mã PIN của cha mẹ không bao giờ được lưu vào tệp.</translation>
    </message>
    <message>
        <source>&amp;Save everything to a file…</source>
        <translation>&amp;Lưu toàn bộ vào tệp…</translation>
    </message>
    <message>
        <source>Save everything to a file</source>
        <translation>Lưu toàn bộ vào tệp</translation>
    </message>
    <message>
        <source>Bring back from a &amp;file…</source>
        <translation>Lấ&amp;y lại từ tệp…</translation>
    </message>
    <message>
        <source>Bring back from a file</source>
        <translation>Lấy lại từ tệp</translation>
    </message>
    <message>
        <source>Erase all data…</source>
        <translation>Xóa toàn bộ dữ liệu…</translation>
    </message>
    <message>
        <source>Erase all data</source>
        <translation>Xóa toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>Run the first-time setup again</source>
        <translation>Chạy lại phần thiết lập ban đầu</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Thêm con</translation>
    </message>
    <message>
        <source>Edit the selected child</source>
        <translation>Sửa thông tin của con đang chọn</translation>
    </message>
    <message>
        <source>Remove the selected child</source>
        <translation>Xóa thông tin của con đang chọn</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Hoàn tác việc xóa</translation>
    </message>
    <message>
        <source>About Not Alone</source>
        <translation>Về ứng dụng Không một mình</translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation>Xóa thông tin của con</translation>
    </message>
    <message>
        <source>Remove %1 and their checklist progress?</source>
        <translation>Xóa %1 cùng tiến độ danh sách an toàn của con?</translation>
    </message>
    <message>
        <source>You can undo this until you close Not Alone.</source>
        <translation>Bạn có thể hoàn tác cho đến khi đóng ứng dụng “Không một mình”.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Đã xóa %1.</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Giấy phép…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>How to check an installer…</source>
        <translation>Cách kiểm tra bộ cài đặt…</translation>
    </message>
    <message>
        <source>How to check an installer</source>
        <translation>Cách kiểm tra bộ cài đặt</translation>
    </message>
    <message>
        <source>Version %1. Everything you enter stays on this computer, in the folder %2. Not Alone never connects to the internet.</source>
        <translation>Phiên bản %1. Mọi thông tin bạn nhập chỉ lưu trên máy tính này, trong thư mục %2. Ứng dụng “Không một mình” không bao giờ kết nối internet.</translation>
    </message>
    <message>
        <source>This app was given to you by %1</source>
        <translation>Ứng dụng này do %1 gửi tặng bạn</translation>
    </message>
    <message>
        <source>No PIN is set: everyone at this computer can change everything. With a PIN, Not Alone opens for the children (lessons, games and “Get help now”); changes ask for the PIN.</source>
        <translation>Chưa đặt mã PIN: ai dùng máy tính này cũng có thể thay đổi mọi thứ. Khi có mã PIN, “Không một mình” mở ở chế độ cho các con (bài học, trò chơi và “Tìm trợ giúp ngay”); muốn thay đổi phải nhập mã PIN.</translation>
    </message>
    <message>
        <source>Set a &amp;PIN…</source>
        <translation>Đặt mã &amp;PIN…</translation>
    </message>
    <message>
        <source>A PIN is set. The app is locked: changes ask for the PIN.</source>
        <translation>Đã đặt mã PIN. Ứng dụng đang khóa: muốn thay đổi phải nhập mã PIN.</translation>
    </message>
    <message>
        <source>A PIN is set. The app is unlocked until you lock it or leave it unused.</source>
        <translation>Đã đặt mã PIN. Ứng dụng đang mở khóa cho đến khi bạn khóa lại hoặc để lâu không dùng.</translation>
    </message>
    <message>
        <source>The PIN stops someone at the keyboard; it does not encrypt the family&apos;s file on this computer.</source>
        <translation>Mã PIN ngăn người khác dùng máy để sửa đổi, nhưng không mã hóa tệp dữ liệu của gia đình trên máy tính này.</translation>
    </message>
    <message>
        <source>&amp;Change the PIN…</source>
        <translation>Đổi &amp;mã PIN…</translation>
    </message>
    <message>
        <source>This computer offers no password store (keyring). The PIN&apos;s fingerprint is kept in the family&apos;s data file instead; the PIN itself is never stored.</source>
        <translation>Máy tính này không có kho mật khẩu (keyring). Vì vậy dấu vân tay của mã PIN được lưu trong tệp dữ liệu của gia đình; bản thân mã PIN không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Gỡ mã PIN</translation>
    </message>
    <message>
        <source>Remove the parent PIN?</source>
        <translation>Gỡ mã PIN của cha mẹ?</translation>
    </message>
    <message>
        <source>Everyone at this computer will be able to change everything again.</source>
        <translation>Ai dùng máy tính này cũng sẽ lại có thể thay đổi mọi thứ.</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>trước khi cập nhật</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>trước khi nhập</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Không tạo được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>Đã tạo bản sao lưu.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Go back to the backup of %1?</source>
        <translation>Quay về bản sao lưu từ %1?</translation>
    </message>
    <message>
        <source>The family&apos;s data as it is now is replaced by the backup. A copy of the data as it is now is kept in the backups first, so this can be undone.</source>
        <translation>Dữ liệu hiện tại của gia đình sẽ được thay bằng bản sao lưu. Trước đó, một bản sao của dữ liệu hiện tại sẽ được cất vào thư mục sao lưu, nên bạn vẫn có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Không khôi phục được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>Đã khôi phục bản sao lưu từ %1.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Đã hủy. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Family archives (*.zip)</source>
        <translation>Tệp lưu trữ của gia đình (*.zip)</translation>
    </message>
    <message>
        <source>Saving the family&apos;s data…</source>
        <translation>Đang lưu dữ liệu của gia đình…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Không lưu được tệp: %1</translation>
    </message>
    <message>
        <source>Everything was saved to %1.</source>
        <translation>Đã lưu toàn bộ vào %1.</translation>
    </message>
    <message>
        <source>Family archives (*.zip);;All files (*)</source>
        <translation>Tệp lưu trữ của gia đình (*.zip);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Add the family in the file to the family here?</source>
        <translation>Gộp dữ liệu gia đình trong tệp vào dữ liệu gia đình ở đây?</translation>
    </message>
    <message>
        <source>Children with the same nickname and birth year, and contacts with the same name and numbers, become one; for progress, the newer one counts. A backup is made first.</source>
        <translation>Các con trùng tên gọi và năm sinh, những người liên hệ trùng tên và số điện thoại sẽ được gộp làm một; về tiến độ, bản mới hơn sẽ được giữ. Một bản sao lưu sẽ được tạo trước.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Không nhập được gì: %1</translation>
    </message>
    <message>
        <source>The family&apos;s data was brought back from %1.</source>
        <translation>Đã lấy lại dữ liệu của gia đình từ %1.</translation>
    </message>
    <message>
        <source>It used content packs that are not installed here: %1. Install them under Content updates to see their items and lessons again; the family&apos;s progress on them is kept.</source>
        <translation>Gia đình đã dùng những gói nội dung chưa được cài ở đây: %1. Hãy cài chúng trong mục Cập nhật nội dung để thấy lại các mục và bài học của chúng; tiến độ của gia đình vẫn được giữ.</translation>
    </message>
    <message>
        <source>Erase everything Not Alone keeps for this family on this computer?</source>
        <translation>Xóa mọi thứ “Không một mình” lưu cho gia đình này trên máy tính này?</translation>
    </message>
    <message>
        <source>The children, the checklist, the contacts, the notes, every backup and the logs are removed, and so is the PIN. This cannot be undone: save everything to a file first if you may want it back. Not Alone closes afterwards.</source>
        <translation>Thông tin các con, danh sách an toàn, danh bạ, ghi chú, mọi bản sao lưu và nhật ký sẽ bị xóa, cả mã PIN cũng vậy. Thao tác này không hoàn tác được: nếu có thể cần lại, hãy lưu toàn bộ vào tệp trước. Sau đó “Không một mình” sẽ đóng lại.</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Xóa tất cả</translation>
    </message>
    <message>
        <source>Everything was erased. Not Alone will close now.</source>
        <translation>Đã xóa tất cả. “Không một mình” sẽ đóng ngay bây giờ.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <source>the folder cannot be written.</source>
        <translation>không ghi được vào thư mục.</translation>
    </message>
    <message>
        <source>the disk is full, or it reported an error.</source>
        <translation>ổ đĩa đã đầy hoặc báo lỗi.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>checked %1</source>
        <translation>đã kiểm tra ngày %1</translation>
    </message>
    <message>
        <source>Write your local emergency numbers here:</source>
        <translation>Ghi các số khẩn cấp ở nơi bạn sống vào đây:</translation>
    </message>
</context>
<context>
    <name>StartLifeEventDialog</name>
    <message>
        <source>%1 (suggested for this age)</source>
        <translation>%1 (gợi ý cho độ tuổi này)</translation>
    </message>
    <message>
        <source>Start a life-event checklist</source>
        <translation>Bắt đầu danh sách cho một sự kiện trong đời</translation>
    </message>
    <message>
        <source>Which change is coming for %1? Its checklist is added below the others, with its own progress.</source>
        <translation>%1 sắp có thay đổi gì? Danh sách của sự kiện đó sẽ được thêm bên dưới các danh sách khác, với tiến độ riêng.</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Sự kiện trong đời</translation>
    </message>
    <message>
        <source>Every life-event checklist is started already.</source>
        <translation>Tất cả danh sách cho các sự kiện trong đời đều đã được bắt đầu.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>VcardImport</name>
    <message>
        <source>The file is %1 MB. A contacts file can be at most 2 MB: export fewer contacts at a time.</source>
        <translation>Tệp nặng %1 MB. Tệp danh bạ chỉ được tối đa 2 MB: hãy xuất ít người liên hệ hơn mỗi lần.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>This is not a contacts file. It looks like a picture or another kind of file.</source>
        <translation>Đây không phải tệp danh bạ. Có vẻ đây là ảnh hoặc một loại tệp khác.</translation>
    </message>
    <message>
        <source>The file is not in the UTF-8 encoding (from line %1). Export the contacts again as a UTF-8 vCard.</source>
        <translation>Tệp không dùng bảng mã UTF-8 (từ dòng %1). Hãy xuất lại danh bạ dưới dạng vCard UTF-8.</translation>
    </message>
    <message>
        <source>There are no contacts (vCards) in this file.</source>
        <translation>Tệp này không có người liên hệ nào (vCard).</translation>
    </message>
    <message>
        <source>The file holds %1 contacts. At most %2 can be imported at once.</source>
        <translation>Tệp có %1 người liên hệ. Mỗi lần chỉ nhập được tối đa %2 người.</translation>
    </message>
    <message>
        <source>This is not a contacts file but a device, a pipe or a folder. Choose the .vcf file itself.</source>
        <translation>Đây không phải tệp danh bạ mà là một thiết bị, một đường ống (pipe) hoặc một thư mục. Hãy chọn chính tệp .vcf.</translation>
    </message>
    <message>
        <source>This file cannot be read as a list of contacts. It may be damaged: export the contacts again.</source>
        <translation>Không đọc được tệp này thành danh bạ. Tệp có thể đã bị hỏng: hãy xuất lại danh bạ.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a contact (from line %1), so it may be incomplete. Export the contacts again.</source>
        <translation>Tệp kết thúc giữa chừng một người liên hệ (từ dòng %1) nên có thể không đầy đủ. Hãy xuất lại danh bạ.</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Không nhập được tệp này.</translation>
    </message>
    <message>
        <source>this contact has no END:VCARD line; it was skipped.</source>
        <translation>người liên hệ này thiếu dòng END:VCARD nên đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>a field of %1 characters is too long; this contact was skipped.</source>
        <translation>có một trường dài %1 ký tự, quá dài; đã bỏ qua người liên hệ này.</translation>
    </message>
    <message>
        <source>this line cannot be read; the contact was skipped.</source>
        <translation>không đọc được dòng này; đã bỏ qua người liên hệ.</translation>
    </message>
    <message>
        <source>this contact cannot be read; it was skipped.</source>
        <translation>không đọc được người liên hệ này; đã bỏ qua.</translation>
    </message>
    <message>
        <source>this contact has no name; it was skipped.</source>
        <translation>người liên hệ này không có tên; đã bỏ qua.</translation>
    </message>
    <message>
        <source>%1: the number “%2” was left out. %3</source>
        <translation>%1: đã bỏ số “%2”. %3</translation>
    </message>
    <message>
        <source>%1 has no phone number that can be used; skipped.</source>
        <translation>%1 không có số điện thoại nào dùng được; đã bỏ qua.</translation>
    </message>
    <message>
        <source>%1 has %2 numbers; only the first %3 were kept.</source>
        <translation>%1 có %2 số; chỉ giữ lại %3 số đầu tiên.</translation>
    </message>
    <message>
        <source>%1 was skipped. %3</source>
        <translation>Đã bỏ qua %1. %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>VcardImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Nhập danh bạ</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>Sẽ thêm %n người liên hệ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are already in your list.</source>
        <translation>
            <numerusform>%n người đã có trong danh sách của bạn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; see below.</source>
        <translation>
            <numerusform>Phát hiện %n vấn đề, xem bên dưới.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Không có gì mới để nhập.</translation>
    </message>
    <message>
        <source>&amp;Will be added:</source>
        <translation>&amp;Sẽ được thêm:</translation>
    </message>
    <message>
        <source>Contacts that will be added</source>
        <translation>Những người liên hệ sẽ được thêm</translation>
    </message>
    <message>
        <source>Already in your contacts (not added again):</source>
        <translation>Đã có trong danh bạ của bạn (không thêm lại):</translation>
    </message>
    <message>
        <source>Contacts already in your list</source>
        <translation>Những người đã có trong danh sách của bạn</translation>
    </message>
    <message>
        <source>&amp;Skipped or changed, and why:</source>
        <translation>&amp;Bị bỏ qua hoặc thay đổi, và lý do:</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Các vấn đề tìm thấy trong tệp</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Import the contacts</source>
        <translation>Nhập những người liên hệ này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Hủy việc nhập</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Không nhập được gì: %1</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Every release of Not Alone comes with a file named SHA256SUMS that lists a fingerprint (a SHA-256 checksum) of each installer, and a signature of that file (SHA256SUMS.asc or SHA256SUMS.minisig).</source>
        <translation>Mỗi bản phát hành của Không một mình đều kèm một tệp tên SHA256SUMS, ghi dấu vân tay (mã kiểm tra SHA-256) của từng bộ cài đặt, cùng chữ ký của chính tệp đó (SHA256SUMS.asc hoặc SHA256SUMS.minisig).</translation>
    </message>
    <message>
        <source>To check an installer, put it in one folder with SHA256SUMS and run, on Linux or macOS: sha256sum -c SHA256SUMS --ignore-missing (it must say OK). On Windows: certutil -hashfile followed by the installer&apos;s name and SHA256, then compare the result with its line in SHA256SUMS.</source>
        <translation>Để kiểm tra một bộ cài đặt, hãy để nó chung thư mục với SHA256SUMS rồi chạy, trên Linux hoặc macOS: sha256sum -c SHA256SUMS --ignore-missing (kết quả phải là OK). Trên Windows: certutil -hashfile, tiếp theo là tên bộ cài đặt và SHA256, rồi so kết quả với dòng của nó trong SHA256SUMS.</translation>
    </message>
    <message>
        <source>Then check the signature: gpg --verify SHA256SUMS.asc SHA256SUMS, or minisign -Vm SHA256SUMS -p with the public key. Take the key from the organisation that gave you the installer or from the project&apos;s release page, never from the same USB stick.</source>
        <translation>Sau đó kiểm tra chữ ký: gpg --verify SHA256SUMS.asc SHA256SUMS, hoặc minisign -Vm SHA256SUMS -p kèm khóa công khai. Hãy lấy khóa từ tổ chức đã đưa bạn bộ cài đặt hoặc từ trang phát hành của dự án, đừng bao giờ lấy từ chính chiếc USB đó.</translation>
    </message>
    <message>
        <source>The release key&apos;s GnuPG fingerprint: %1</source>
        <translation>Dấu vân tay GnuPG của khóa phát hành: %1</translation>
    </message>
    <message>
        <source>The release key for minisign: %1</source>
        <translation>Khóa phát hành cho minisign: %1</translation>
    </message>
</context>
</TS>
