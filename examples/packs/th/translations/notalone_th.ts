<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>ขอความช่วยเหลือเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call the police: %1</source>
        <translation>ถ้ามีใครตกอยู่ในอันตรายตอนนี้ โทรแจ้งตำรวจ: %1</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call your local police.</source>
        <translation>ถ้ามีใครตกอยู่ในอันตรายตอนนี้ โทรแจ้งตำรวจในพื้นที่ของคุณ</translation>
    </message>
    <message>
        <source>Stay calm. Do not send money, whatever anyone threatens. Keep every message and call log as evidence.</source>
        <translation>ตั้งสติไว้ อย่าโอนเงินไม่ว่าใครจะขู่อย่างไร เก็บทุกข้อความและประวัติการโทรไว้เป็นหลักฐาน</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Close Get help now</source>
        <translation>ปิดหน้าขอความช่วยเหลือ</translation>
    </message>
    <message>
        <source>Your trusted contacts</source>
        <translation>คนที่คุณไว้ใจ</translation>
    </message>
    <message>
        <source>No pinned contacts yet. Pin the people you trust most in Contacts, and they appear here.</source>
        <translation>ยังไม่มีรายชื่อที่ปักหมุดไว้ ปักหมุดคนที่คุณไว้ใจที่สุดในหน้ารายชื่อติดต่อ แล้วพวกเขาจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>No trusted contacts yet. Add them in Contacts, and they appear here.</source>
        <translation>ยังไม่มีคนที่คุณไว้ใจในรายชื่อ เพิ่มได้ในหน้ารายชื่อติดต่อ แล้วพวกเขาจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>สายด่วนใน %1</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>สายด่วน</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country (%1). Call your local emergency number or the police, and follow the first steps below.</source>
        <translation>Not Alone ยังไม่มีเบอร์สายด่วนของประเทศคุณ (%1) โทรเบอร์ฉุกเฉินหรือตำรวจในพื้นที่ แล้วทำตามขั้นตอนแรกด้านล่าง</translation>
    </message>
    <message>
        <source>Other people who can help</source>
        <translation>คนอื่นที่ช่วยได้</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>สิ่งที่ต้องทำก่อน</translation>
    </message>
    <message>
        <source>Check locally: this may have changed.</source>
        <translation>โปรดตรวจสอบอีกครั้ง: ข้อมูลนี้อาจเปลี่ยนไปแล้ว</translation>
    </message>
    <message>
        <source>Text messages only</source>
        <translation>รับเฉพาะข้อความ SMS</translation>
    </message>
    <message>
        <source>WhatsApp messages only</source>
        <translation>รับเฉพาะข้อความ WhatsApp</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>โทร</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>โทร %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>คัดลอก %1</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>เปิด…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>เปิด %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Stay calm, do not send money, keep every message as evidence, and call the police if anyone may be in danger.</source>
        <translation>ตั้งสติ อย่าโอนเงิน เก็บทุกข้อความไว้เป็นหลักฐาน และโทรแจ้งตำรวจถ้ามีใครอาจตกอยู่ในอันตราย</translation>
    </message>
    <message>
        <source>Your safety plan: who can reach your child</source>
        <translation>แผนความปลอดภัยของคุณ: ใครติดต่อลูกได้บ้าง</translation>
    </message>
    <message>
        <source>To reach %1, call:</source>
        <translation>ถ้าจะติดต่อ %1 ให้โทรหา:</translation>
    </message>
    <message>
        <source>No safety plan yet. Choose in the safety plan who can reach each child quickly: a roommate, a friend, a teacher, the landlord.</source>
        <translation>ยังไม่มีแผนความปลอดภัย เลือกไว้ในแผนความปลอดภัยว่าใครติดต่อลูกแต่ละคนได้เร็ว: เพื่อนร่วมห้อง เพื่อน ครู เจ้าของหอพัก</translation>
    </message>
    <message>
        <source>Open the safety plan</source>
        <translation>เปิดแผนความปลอดภัย</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>คัดลอก %1 แล้ว</translation>
    </message>
    <message>
        <source>Calling %1 with your calling app…</source>
        <translation>กำลังโทรหา %1 ด้วยแอปโทรศัพท์ของคุณ…</translation>
    </message>
    <message>
        <source>This computer has no app for phone calls. Dial %1 on your phone.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีแอปสำหรับโทร กรุณากด %1 จากโทรศัพท์ของคุณ</translation>
    </message>
    <message>
        <source>Open in your web browser?</source>
        <translation>เปิดในเว็บเบราว์เซอร์ไหม</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>เปิดที่อยู่นี้ในเว็บเบราว์เซอร์ไหม</translation>
    </message>
    <message>
        <source>This needs an internet connection. Not Alone itself stays offline.</source>
        <translation>ต้องต่ออินเทอร์เน็ต ส่วนตัวแอป Not Alone เองไม่ต่ออินเทอร์เน็ต</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>ไม่มีเว็บเบราว์เซอร์ใดเปิด %1 ได้</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>รายการตรวจสอบ</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>แผนความปลอดภัย</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>รายชื่อติดต่อ</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>บทเรียน</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>สถานการณ์จำลอง</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>ขอความช่วยเหลือเดี๋ยวนี้</translation>
    </message>
    <message>
        <source>Emergency numbers and first steps (F1)</source>
        <translation>เบอร์ฉุกเฉินและสิ่งที่ต้องทำก่อน (F1)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>Child mode</source>
        <translation>โหมดเด็ก</translation>
    </message>
    <message>
        <source>Parent mode</source>
        <translation>โหมดผู้ปกครอง</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ล็อก</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>under 6</source>
        <translation>ต่ำกว่า 6 ปี</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6 ถึง 9 ปี</translation>
    </message>
    <message>
        <source>10 to 12</source>
        <translation>10 ถึง 12 ปี</translation>
    </message>
    <message>
        <source>13 to 15</source>
        <translation>13 ถึง 15 ปี</translation>
    </message>
    <message>
        <source>16 to 17</source>
        <translation>16 ถึง 17 ปี</translation>
    </message>
    <message>
        <source>18 to 22</source>
        <translation>18 ถึง 22 ปี</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>ยังไม่ได้ทำ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ทำแล้ว</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>not yet translated</source>
        <translation>ยังไม่ได้แปล</translation>
    </message>
</context>
<context>
    <name>PackOrigin</name>
    <message>
        <source>from %1</source>
        <translation>จาก %1</translation>
    </message>
</context>
</TS>
