<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Family agreement</source>
        <translation>Kesepakatan keluarga</translation>
    </message>
    <message>
        <source>Made from the steps your family has ticked on the checklist and your children&apos;s ages. Read it together and change anything you like: the first line is the title, lines starting with “- ” are promises. Lines to sign follow on the printout.</source>
        <translation>Disusun dari langkah-langkah yang sudah dicentang keluarga Anda di daftar periksa dan dari usia anak-anak Anda. Bacalah bersama dan ubah sesuka Anda: baris pertama adalah judul, baris yang diawali “- ” adalah janji. Baris untuk tanda tangan ada di hasil cetak.</translation>
    </message>
    <message>
        <source>The agreement&apos;s text</source>
        <translation>Teks kesepakatan</translation>
    </message>
    <message>
        <source>Add the “3 Nos, 3 Musts” poster</source>
        <translation>Tambahkan poster “3 Tidak dan 3 Harus”</translation>
    </message>
    <message>
        <source>Start again from the checklist</source>
        <translation>Mulai ulang dari daftar periksa</translation>
    </message>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>Cetak / Simpan PDF…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Mulai ulang</translation>
    </message>
    <message>
        <source>Replace the text with a new one made from the checklist? Your changes will be lost.</source>
        <translation>Ganti teks ini dengan teks baru dari daftar periksa? Perubahan Anda akan hilang.</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ChecklistDetails</name>
    <message>
        <source>Why it matters</source>
        <translation>Mengapa ini penting</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cara melakukannya</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Status Anda</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;Belum</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>&amp;Tidak berlaku</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Catatan Anda</translation>
    </message>
    <message>
        <source>What you did, what to remember next time…</source>
        <translation>Apa yang sudah Anda lakukan, apa yang perlu diingat lain kali…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Ubah langkah…</translation>
    </message>
    <message>
        <source>Delete item…</source>
        <translation>Hapus langkah…</translation>
    </message>
    <message>
        <source>Remove this life-event checklist…</source>
        <translation>Hapus daftar periksa peristiwa hidup ini…</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Baca selengkapnya</translation>
    </message>
    <message>
        <source>Child mode: writing a note asks for the parent PIN.</source>
        <translation>Mode anak: menulis catatan memerlukan PIN orang tua.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Tersimpan otomatis saat Anda mengetik.</translation>
    </message>
    <message>
        <source>Choose an item on the left to see why it matters and how to do it.</source>
        <translation>Pilih langkah di sebelah kiri untuk melihat mengapa itu penting dan cara melakukannya.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>This item is no longer in the checklist; your progress is kept.</source>
        <translation>Langkah ini sudah tidak ada di daftar periksa; kemajuan Anda tetap tersimpan.</translation>
    </message>
    <message>
        <source>Life event: %1</source>
        <translation>Peristiwa hidup: %1</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Langkah buatan Anda</translation>
    </message>
    <message>
        <source>For ages: %1</source>
        <translation>Untuk usia: %1</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Selesai pada %1</translation>
    </message>
    <message>
        <source>Due for review since %1</source>
        <translation>Perlu ditinjau sejak %1</translation>
    </message>
    <message>
        <source>Check again on %1</source>
        <translation>Periksa lagi pada %1</translation>
    </message>
    <message numerus="yes">
        <source>Once done, check again every %n day(s).</source>
        <translation>
            <numerusform>Setelah selesai, periksa lagi setiap %n hari.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Catatan paling banyak %1 karakter.</translation>
    </message>
</context>
<context>
    <name>ChecklistSheet</name>
    <message>
        <source>Family safety checklist</source>
        <translation>Daftar periksa keamanan keluarga</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>Untuk seluruh keluarga</translation>
    </message>
    <message>
        <source>Safety checklist for %1</source>
        <translation>Daftar periksa keamanan untuk %1</translation>
    </message>
    <message>
        <source>Printed on %1. Done so far: %2 of %3.</source>
        <translation>Dicetak pada %1. Sudah selesai: %2 dari %3.</translation>
    </message>
    <message>
        <source>Tick each box when it is done.</source>
        <translation>Centang kotaknya setiap kali satu langkah selesai.</translation>
    </message>
    <message>
        <source>Not Alone: the checklist on paper. Keep it where the family can see it.</source>
        <translation>Not Alone: daftar periksa versi cetak. Simpan di tempat yang bisa dilihat seluruh keluarga.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Safety checklist</source>
        <translation>Daftar periksa keamanan</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Untuk:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Ta&amp;mpilkan:</translation>
    </message>
    <message>
        <source>Whose checklist</source>
        <translation>Daftar periksa untuk siapa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Which items</source>
        <translation>Langkah yang ditampilkan</translation>
    </message>
    <message>
        <source>Search the checklist</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Add your own item…</source>
        <translation>Tambah langkah sendiri…</translation>
    </message>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>Cetak / Simpan PDF…</translation>
    </message>
    <message>
        <source>Start a life-event checklist…</source>
        <translation>Mulai daftar periksa peristiwa hidup…</translation>
    </message>
    <message>
        <source>Something changing? A first phone, a new school, moving away: each has a short checklist.</source>
        <translation>Ada yang berubah? Ponsel pertama, sekolah baru, pindah rumah: masing-masing punya daftar periksa singkat.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checklist items. Space marks the current item done.</source>
        <translation>Langkah-langkah di daftar periksa. Tekan Spasi untuk menandai langkah yang dipilih sebagai selesai.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Kemajuan:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Semua langkah</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Perlu ditinjau</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Seluruh keluarga</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Peristiwa hidup</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 dari %2 selesai</translation>
    </message>
    <message>
        <source>Progress in %1</source>
        <translation>Kemajuan di %1</translation>
    </message>
    <message>
        <source>Life event: %1</source>
        <translation>Peristiwa hidup: %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Tidak dipakai lagi</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Ditandai selesai</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Remove the life-event checklist “%1” with its ticks and notes?</source>
        <translation>Hapus daftar periksa peristiwa hidup “%1” beserta centang dan catatannya?</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Hapus daftar periksa</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Hapus langkah</translation>
    </message>
    <message>
        <source>Delete your item “%1” and its progress?</source>
        <translation>Hapus langkah buatan Anda “%1” beserta kemajuannya?</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Ubah data anak</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Tambah anak</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Nama panggilan:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Tahun lahir:</translation>
    </message>
    <message>
        <source>Age group:</source>
        <translation>Kelompok usia:</translation>
    </message>
    <message>
        <source>A first name or nickname, as the family says it</source>
        <translation>Nama depan atau nama panggilan, seperti yang biasa dipakai keluarga</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Tahun lahir</translation>
    </message>
    <message>
        <source>A nickname can have at most %1 characters.</source>
        <translation>Nama panggilan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Enter a nickname for the child.</source>
        <translation>Masukkan nama panggilan anak.</translation>
    </message>
    <message>
        <source>Enter a birth year from %1 to %2.</source>
        <translation>Masukkan tahun lahir dari %1 sampai %2.</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Your children</source>
        <translation>Anak-anak Anda</translation>
    </message>
    <message>
        <source>Add each child with a nickname and the year they were born. The checklist follows their age and moves on by itself every year. You can change this later in Settings.</source>
        <translation>Tambahkan setiap anak dengan nama panggilan dan tahun lahirnya. Daftar periksa mengikuti usia anak dan diperbarui sendiri setiap tahun. Anda bisa mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>Nama &amp;panggilan:</translation>
    </message>
    <message>
        <source>Born &amp;in:</source>
        <translation>&amp;Tahun lahir:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Tahun lahir</translation>
    </message>
    <message>
        <source>Children added</source>
        <translation>Anak yang sudah ditambahkan</translation>
    </message>
    <message>
        <source>Change the chosen child</source>
        <translation>Ubah data anak yang dipilih</translation>
    </message>
    <message>
        <source>Remove the chosen child</source>
        <translation>Hapus anak yang dipilih dari daftar</translation>
    </message>
    <message>
        <source>A nickname can have at most %1 characters.</source>
        <translation>Nama panggilan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Enter a nickname for the child.</source>
        <translation>Masukkan nama panggilan anak.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Not Alone: who to call</source>
        <translation>Not Alone: siapa yang ditelepon</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation>Orang yang bisa kuhubungi</translation>
    </message>
    <message>
        <source>Write your local emergency numbers here:</source>
        <translation>Tulis nomor darurat setempat di sini:</translation>
    </message>
    <message>
        <source>Real police never call or video-call you to ask for money or secrecy. Hang up and call home.</source>
        <translation>Polisi sungguhan tidak pernah menelepon atau melakukan panggilan video untuk meminta uang atau menyuruhmu merahasiakan sesuatu. Tutup teleponnya, lalu telepon ke rumah.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Layanan bantuan di %1</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Layanan bantuan</translation>
    </message>
    <message>
        <source>In an emergency: who to call</source>
        <translation>Saat darurat: siapa yang harus ditelepon</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call the police: %1</source>
        <translation>Jika ada yang sedang dalam bahaya, telepon polisi: %1</translation>
    </message>
    <message>
        <source>Our trusted contacts</source>
        <translation>Kontak tepercaya kami</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Dipercaya oleh</translation>
    </message>
    <message>
        <source>call these first</source>
        <translation>hubungi mereka lebih dulu</translation>
    </message>
    <message>
        <source>Write the names and numbers of people your child can call:</source>
        <translation>Tulis nama dan nomor orang-orang yang bisa ditelepon anak Anda:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country. Write yours here:</source>
        <translation>Not Alone tidak memiliki nomor layanan bantuan untuk negara Anda. Tulis nomornya di sini:</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Langkah pertama</translation>
    </message>
    <message>
        <source>Printed on %1 with Not Alone. Keep it where the whole family can see it.</source>
        <translation>Dicetak pada %1 dengan Not Alone. Simpan di tempat yang bisa dilihat seluruh keluarga.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Masukkan nama kontak.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Nama paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The relationship can have at most %1 characters.</source>
        <translation>Hubungan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Enter at least one phone number.</source>
        <translation>Masukkan setidaknya satu nomor telepon.</translation>
    </message>
    <message>
        <source>A contact can have at most %1 phone numbers.</source>
        <translation>Satu kontak paling banyak punya %1 nomor telepon.</translation>
    </message>
    <message>
        <source>“%2” contains letters. A phone number has only digits.</source>
        <translation>“%2” mengandung huruf. Nomor telepon hanya berisi angka.</translation>
    </message>
    <message>
        <source>“%2” contains characters that are not part of a phone number.</source>
        <translation>“%2” mengandung karakter yang bukan bagian dari nomor telepon.</translation>
    </message>
    <message>
        <source>This number has %3 digits. Phone numbers have at most 15.</source>
        <translation>Nomor ini terdiri dari %3 digit. Nomor telepon paling banyak 15 digit.</translation>
    </message>
    <message>
        <source>“%2” is not a phone number.</source>
        <translation>“%2” bukan nomor telepon.</translation>
    </message>
    <message>
        <source>Start the number with + and the country code, for example +84 912 345 678.</source>
        <translation>Awali nomor dengan + dan kode negara, misalnya +84 912 345 678.</translation>
    </message>
    <message>
        <source>“%2” is not a valid number in %4. A number from another country starts with + and its country code.</source>
        <translation>“%2” bukan nomor yang valid di %4. Nomor dari negara lain diawali + dan kode negaranya.</translation>
    </message>
    <message>
        <source>“%2” is not an email address.</source>
        <translation>“%2” bukan alamat email.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Catatan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>This contact no longer exists. Close this window and look at the list again.</source>
        <translation>Kontak ini sudah tidak ada. Tutup jendela ini, lalu lihat lagi daftarnya.</translation>
    </message>
    <message>
        <source>This contact cannot be saved.</source>
        <translation>Kontak ini tidak bisa disimpan.</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Nomor telepon %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove phone number %1</source>
        <translation>Hapus nomor telepon %1</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Ubah kontak</translation>
    </message>
    <message>
        <source>Add a trusted contact</source>
        <translation>Tambah kontak tepercaya</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Hubungan:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>Nomor &amp;telepon:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Trusted by:</source>
        <translation>Dipercaya oleh:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>As your children know them, e.g. Grandma Hoa</source>
        <translation>Nama yang dikenal anak-anak Anda, mis. Nenek Hoa</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>e.g. grandmother, neighbour, class teacher</source>
        <translation>mis. nenek, tetangga, wali kelas</translation>
    </message>
    <message>
        <source>&amp;Add another number</source>
        <translation>T&amp;ambah nomor lain</translation>
    </message>
    <message>
        <source>Add another phone number</source>
        <translation>Tambah nomor telepon lain</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Optional, e.g. “has a key to the flat”</source>
        <translation>Opsional, mis. “pegang kunci rumah”</translation>
    </message>
    <message>
        <source>Trusted by %1</source>
        <translation>Dipercaya oleh %1</translation>
    </message>
    <message>
        <source>Add your children in Settings to choose which of them trust this person.</source>
        <translation>Tambahkan anak-anak Anda di Pengaturan untuk memilih siapa saja yang memercayai orang ini.</translation>
    </message>
    <message>
        <source>P&amp;in: show first in “Get help now” and on the printed card</source>
        <translation>&amp;Sematkan: teratas di “Minta bantuan sekarang” dan kartu cetak</translation>
    </message>
    <message>
        <source>Pin this contact</source>
        <translation>Sematkan kontak ini</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Simpan kontak</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Saved as %1 (a number from another country)</source>
        <translation>Disimpan sebagai %1 (nomor dari negara lain)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Disimpan sebagai %1</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Trusted contacts and helplines</source>
        <translation>Kontak tepercaya dan layanan bantuan</translation>
    </message>
    <message>
        <source>The people your children can call when something feels wrong, and the numbers to call in a crisis. Pinned contacts come first in “Get help now” and on the printed card.</source>
        <translation>Orang-orang yang bisa ditelepon anak Anda saat ada yang terasa tidak beres, dan nomor yang perlu dihubungi saat darurat. Kontak yang disematkan tampil paling atas di “Minta bantuan sekarang” dan di kartu cetak.</translation>
    </message>
    <message>
        <source>Your family&apos;s trusted contacts</source>
        <translation>Kontak tepercaya keluarga Anda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Dipercaya oleh</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Disematkan</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Kontak tepercaya</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Tambah kontak…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Tambah kontak</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Ubah kontak yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>Hapus kontak yang dipilih</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>Naikkan kontak yang dipilih</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Tu&amp;runkan</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>Turunkan kontak yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Import contacts from a vCard file</source>
        <translation>Impor kontak dari file vCard</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>Export the contacts as a vCard file</source>
        <translation>Ekspor kontak sebagai file vCard</translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>&amp;Cetak / Simpan PDF…</translation>
    </message>
    <message>
        <source>Print the contact card</source>
        <translation>Cetak kartu kontak</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Tidak disematkan</translation>
    </message>
    <message>
        <source>Change the country…</source>
        <translation>Ganti negara…</translation>
    </message>
    <message>
        <source>Change the country in Settings</source>
        <translation>Ganti negara di Pengaturan</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Panah Atas</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Panah Bawah</translation>
    </message>
    <message>
        <source>Pinned lines come first in “Get help now”. Untick “Show” to leave a line out of it; the police number is always shown.</source>
        <translation>Layanan yang disematkan tampil paling atas di “Minta bantuan sekarang”. Hapus centang “Tampilkan” agar layanan tidak muncul di sana; nomor polisi selalu ditampilkan.</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Layanan bantuan</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country (%1) yet. In an emergency, call your local emergency number or the police.</source>
        <translation>Not Alone belum memiliki nomor layanan bantuan untuk negara Anda (%1). Dalam keadaan darurat, hubungi nomor darurat setempat atau polisi.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Layanan bantuan di %1</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>diperiksa %1</translation>
    </message>
    <message>
        <source>not confirmed recently</source>
        <translation>belum dipastikan ulang</translation>
    </message>
    <message>
        <source>These details could not be confirmed at their source recently. If the line does not work, call the police.</source>
        <translation>Rincian ini belum dapat dipastikan ulang dari sumbernya akhir-akhir ini. Jika saluran ini tidak bisa dihubungi, hubungi polisi.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Sematkan</translation>
    </message>
    <message>
        <source>Pin %1 (%2)</source>
        <translation>Sematkan %1 (%2)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show %1 (%2) in Get help now</source>
        <translation>Tampilkan %1 (%2) di Minta bantuan sekarang</translation>
    </message>
    <message>
        <source>The police number is always shown.</source>
        <translation>Nomor polisi selalu ditampilkan.</translation>
    </message>
    <message>
        <source>No contacts yet: add the people your children can turn to, such as grandparents, a neighbour, a teacher or a friend&apos;s parent.</source>
        <translation>Belum ada kontak: tambahkan orang-orang yang bisa dimintai tolong oleh anak Anda, seperti kakek-nenek, tetangga, guru, atau orang tua teman.</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>&amp;Lepas sematan</translation>
    </message>
    <message>
        <source>Unpin the selected contact</source>
        <translation>Lepas sematan kontak yang dipilih</translation>
    </message>
    <message>
        <source>Pi&amp;n</source>
        <translation>&amp;Sematkan</translation>
    </message>
    <message>
        <source>Pin the selected contact</source>
        <translation>Sematkan kontak yang dipilih</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 sudah disimpan.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Hapus kontak</translation>
    </message>
    <message>
        <source>Delete %1 from your trusted contacts?</source>
        <translation>Hapus %1 dari kontak tepercaya Anda?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Tindakan ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Jangan hapus</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 sudah dihapus.</translation>
    </message>
    <message>
        <source>%1 was pinned.</source>
        <translation>%1 sudah disematkan.</translation>
    </message>
    <message>
        <source>%1 was unpinned.</source>
        <translation>Sematan %1 sudah dilepas.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard);;All files (*)</source>
        <translation>File kontak (*.vcf *.vcard);;Semua file (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>File tidak bisa dibaca: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n kontak diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Ekspor kontak</translation>
    </message>
    <message>
        <source>Contact files (*.vcf)</source>
        <translation>File kontak (*.vcf)</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>File tidak bisa disimpan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) saved to %1.</source>
        <translation>
            <numerusform>%n kontak disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Where do you live?</source>
        <translation>Di mana Anda tinggal?</translation>
    </message>
    <message>
        <source>This chooses the helplines shown in “Get help now” and how phone numbers are written.</source>
        <translation>Pilihan ini menentukan layanan bantuan yang tampil di “Minta bantuan sekarang” dan cara penulisan nomor telepon.</translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation>Negara atau &amp;wilayah:</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Negara atau wilayah</translation>
    </message>
</context>
<context>
    <name>CustomItemDialog</name>
    <message>
        <source>Edit your item</source>
        <translation>Ubah langkah Anda</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>Tambah langkah sendiri</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Yang perlu dilakukan:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Rincian:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <source>For example: Check the tablet&apos;s YouTube history together</source>
        <translation>Contoh: Periksa riwayat YouTube di tablet bersama-sama</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>The details can have at most %1 characters.</source>
        <translation>Rincian paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Enter what to do.</source>
        <translation>Tulis apa yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Keep it to at most %1 characters.</source>
        <translation>Tulis paling banyak %1 karakter.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Not Alone</source>
        <translation>Selamat datang di Not Alone</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Lewati penyiapan</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Leave the setup?</source>
        <translation>Tinggalkan pengaturan?</translation>
    </message>
    <message>
        <source>Leave the setup? The children and the PIN you entered are not saved.</source>
        <translation>Tinggalkan pengaturan? Anak-anak dan PIN yang Anda masukkan tidak akan disimpan.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Tinggalkan</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Tetap di sini</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard your changes? What you changed here is not saved.</source>
        <translation>Buang perubahan? Apa yang Anda ubah di sini tidak akan disimpan.</translation>
    </message>
    <message>
        <source>Discard this record? What you typed here is not saved.</source>
        <translation>Buang catatan ini? Apa yang Anda ketik di sini tidak akan disimpan.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Lanjut mengisi</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Minta bantuan sekarang</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call the police: %1</source>
        <translation>Jika ada yang sedang dalam bahaya, telepon polisi: %1</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call your local police.</source>
        <translation>Jika ada yang sedang dalam bahaya, telepon polisi setempat.</translation>
    </message>
    <message>
        <source>Stay calm. Do not send money, whatever anyone threatens. Keep every message and call log as evidence.</source>
        <translation>Tetap tenang. Jangan kirim uang, apa pun ancamannya. Simpan semua pesan dan riwayat panggilan sebagai bukti.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close Get help now</source>
        <translation>Tutup Minta bantuan sekarang</translation>
    </message>
    <message>
        <source>Your trusted contacts</source>
        <translation>Kontak tepercaya Anda</translation>
    </message>
    <message>
        <source>Your own contacts cannot be read right now. The helplines and first steps below work as always.</source>
        <translation>Kontak Anda sendiri tidak dapat dibaca saat ini. Saluran bantuan dan langkah pertama di bawah tetap bisa digunakan seperti biasa.</translation>
    </message>
    <message>
        <source>No pinned contacts yet. Pin the people you trust most in Contacts, and they appear here.</source>
        <translation>Belum ada kontak yang disematkan. Sematkan orang yang paling Anda percayai di Kontak, dan mereka akan muncul di sini.</translation>
    </message>
    <message>
        <source>No trusted contacts yet. Add them in Contacts, and they appear here.</source>
        <translation>Belum ada kontak tepercaya. Tambahkan di Kontak, dan mereka akan muncul di sini.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Layanan bantuan di %1</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Layanan bantuan</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country (%1). Call your local emergency number or the police, and follow the first steps below.</source>
        <translation>Not Alone tidak memiliki nomor layanan bantuan untuk negara Anda (%1). Hubungi nomor darurat setempat atau polisi, lalu ikuti langkah pertama di bawah ini.</translation>
    </message>
    <message>
        <source>Other people who can help</source>
        <translation>Orang lain yang bisa membantu</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Langkah pertama</translation>
    </message>
    <message>
        <source>Text messages only</source>
        <translation>Hanya SMS</translation>
    </message>
    <message>
        <source>WhatsApp messages only</source>
        <translation>Hanya pesan WhatsApp</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Telepon %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Salin %1</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Buka %1</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Apa yang terjadi?</translation>
    </message>
    <message>
        <source>Stay calm, do not send money, keep every message as evidence, and call the police if anyone may be in danger.</source>
        <translation>Tetap tenang, jangan kirim uang, simpan semua pesan sebagai bukti, dan telepon polisi jika mungkin ada yang dalam bahaya.</translation>
    </message>
    <message>
        <source>Your safety plan: who can reach your child</source>
        <translation>Rencana keamanan Anda: siapa yang bisa menghubungi anak Anda</translation>
    </message>
    <message>
        <source>To reach %1, call:</source>
        <translation>Untuk menghubungi %1, telepon:</translation>
    </message>
    <message>
        <source>No safety plan yet. Choose in the safety plan who can reach each child quickly: a roommate, a friend, a teacher, the landlord.</source>
        <translation>Belum ada rencana keamanan. Di Rencana keamanan, pilih siapa yang bisa cepat menghubungi setiap anak: teman sekamar, teman, guru, pemilik kos.</translation>
    </message>
    <message>
        <source>Open the safety plan</source>
        <translation>Buka rencana keamanan</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 disalin.</translation>
    </message>
    <message>
        <source>Calling %1 with your calling app…</source>
        <translation>Menelepon %1 lewat aplikasi telepon Anda…</translation>
    </message>
    <message>
        <source>This computer has no app for phone calls. Dial %1 on your phone.</source>
        <translation>Komputer ini tidak punya aplikasi untuk menelepon. Hubungi %1 dari ponsel Anda.</translation>
    </message>
    <message>
        <source>Open in your web browser?</source>
        <translation>Buka di browser?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Buka alamat ini di browser Anda?</translation>
    </message>
    <message>
        <source>This needs an internet connection. Not Alone itself stays offline.</source>
        <translation>Ini memerlukan koneksi internet. Not Alone sendiri tetap bekerja tanpa internet.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Not confirmed recently. If it does not work, call the police on %1.</source>
        <translation>Belum dipastikan ulang akhir-akhir ini. Jika tidak berhasil, hubungi polisi di %1.</translation>
    </message>
    <message>
        <source>Not confirmed recently. If it does not work, call the police.</source>
        <translation>Belum dipastikan ulang akhir-akhir ini. Jika tidak berhasil, hubungi polisi.</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Diperiksa %1</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Tidak ada browser yang bisa membuka %1.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Your family&apos;s online safety</source>
        <translation>Keamanan keluarga Anda di internet</translation>
    </message>
    <message>
        <source>Work through the checklist for each child, learn together with the lessons and games, and keep the numbers you need in a crisis one click away. Everything stays on this computer.</source>
        <translation>Kerjakan daftar periksa untuk setiap anak, belajar bersama lewat pelajaran dan permainan, dan simpan nomor-nomor penting untuk keadaan darurat, siap dibuka dengan sekali klik. Semuanya tetap tersimpan di komputer ini.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Progress of the whole family</source>
        <translation>Kemajuan seluruh keluarga</translation>
    </message>
    <message>
        <source>Add your children</source>
        <translation>Tambahkan anak Anda</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Everything on the checklist is done. Well done!</source>
        <translation>Semua langkah di daftar periksa sudah selesai. Hebat!</translation>
    </message>
    <message>
        <source>Lesson of the week</source>
        <translation>Pelajaran minggu ini</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Dalam keadaan darurat</translation>
    </message>
    <message>
        <source>A call from “police” asking your child to keep a secret, a threat to share photos, a child who does not answer: the numbers to call and the first steps are here.</source>
        <translation>Telepon dari “polisi” yang menyuruh anak Anda merahasiakan sesuatu, ancaman menyebarkan foto, anak yang tidak bisa dihubungi: nomor yang perlu ditelepon dan langkah pertamanya ada di sini.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Minta bantuan sekarang</translation>
    </message>
    <message>
        <source>Review them</source>
        <translation>Tinjau sekarang</translation>
    </message>
    <message>
        <source>Show the items due for review</source>
        <translation>Tampilkan langkah yang perlu ditinjau</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Rencana keamanan</translation>
    </message>
    <message>
        <source>Who can reach each child quickly, a family code word, and calm steps for a ransom or “police” call. Also: the incident log and the family agreement.</source>
        <translation>Siapa yang bisa cepat menghubungi setiap anak, kata kode keluarga, dan langkah tenang saat ada telepon tebusan atau dari “polisi”. Juga: catatan kejadian dan kesepakatan keluarga.</translation>
    </message>
    <message>
        <source>Open the safety plan</source>
        <translation>Buka rencana keamanan</translation>
    </message>
    <message>
        <source>Whole family: %1 of %2 done</source>
        <translation>Seluruh keluarga: %1 dari %2 selesai</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Kemajuan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due for review</source>
        <translation>
            <numerusform>%n langkah perlu ditinjau</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans with people to call: %1 of %2.</source>
        <translation>Rencana dengan orang yang bisa ditelepon: %1 dari %2.</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Seluruh keluarga</translation>
    </message>
    <message>
        <source>This app was given to you by %1</source>
        <translation>Aplikasi ini diberikan kepada Anda oleh %1</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logo %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Change the entry</source>
        <translation>Ubah catatan</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Catat kejadian</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Siapa:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Platform, app or number:</source>
        <translation>&amp;Platform, aplikasi, atau nomor:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>&amp;Apa yang terjadi:</translation>
    </message>
    <message>
        <source>Who was &amp;told:</source>
        <translation>Siapa yang &amp;diberi tahu:</translation>
    </message>
    <message>
        <source>&amp;Reports made:</source>
        <translation>&amp;Laporan yang dibuat:</translation>
    </message>
    <message>
        <source>Where the &amp;evidence is kept:</source>
        <translation>Tempat &amp;bukti disimpan:</translation>
    </message>
    <message>
        <source>For example: Zalo, TikTok, a phone number</source>
        <translation>Misalnya: WhatsApp, TikTok, nomor telepon</translation>
    </message>
    <message>
        <source>In your own words: what happened, when, and what was asked for</source>
        <translation>Dengan kata-kata Anda sendiri: apa yang terjadi, kapan, dan apa yang diminta</translation>
    </message>
    <message>
        <source>For example: the class teacher, the bank, the police</source>
        <translation>Misalnya: wali kelas, bank, polisi</translation>
    </message>
    <message>
        <source>Where you reported it, and any reference or case number</source>
        <translation>Ke mana Anda melaporkannya, dan nomor laporan atau nomor kasusnya</translation>
    </message>
    <message>
        <source>For example: screenshots on Mum&apos;s phone, printed messages in the desk drawer</source>
        <translation>Misalnya: tangkapan layar di ponsel Ibu, pesan yang dicetak di laci meja</translation>
    </message>
    <message>
        <source>The whole family, or nobody in particular</source>
        <translation>Seluruh keluarga, atau tidak ada orang tertentu</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Tanggalnya tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Enter a date from %1 on.</source>
        <translation>Masukkan tanggal dari tahun %1 atau sesudahnya.</translation>
    </message>
    <message>
        <source>Choose what kind of incident it was.</source>
        <translation>Pilih jenis kejadiannya.</translation>
    </message>
    <message>
        <source>This child is no longer in the family.</source>
        <translation>Anak ini sudah tidak ada di data keluarga.</translation>
    </message>
    <message>
        <source>Describe what happened: a few words are enough.</source>
        <translation>Ceritakan apa yang terjadi: beberapa kata sudah cukup.</translation>
    </message>
    <message>
        <source>This field can have at most %1 characters.</source>
        <translation>Isian ini paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Catatan ini sudah tidak ada.</translation>
    </message>
</context>
<context>
    <name>IncidentSheet</name>
    <message>
        <source>Incident report</source>
        <translation>Laporan kejadian</translation>
    </message>
    <message>
        <source>Written down by the family with Not Alone, to hand to the police, a scam-reporting centre or a school.</source>
        <translation>Dicatat oleh keluarga dengan Not Alone, untuk diserahkan kepada polisi, pusat pengaduan penipuan, atau sekolah.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Who it happened to</source>
        <translation>Siapa yang mengalaminya</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>%1, age group %2</source>
        <translation>%1, kelompok usia %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Platform, app or number</source>
        <translation>Platform, aplikasi, atau nomor</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Siapa yang diberi tahu</translation>
    </message>
    <message>
        <source>Reports made and their reference numbers</source>
        <translation>Laporan yang dibuat dan nomor laporannya</translation>
    </message>
    <message>
        <source>Where the evidence is kept</source>
        <translation>Tempat bukti disimpan</translation>
    </message>
    <message>
        <source>(not written down)</source>
        <translation>(tidak dicatat)</translation>
    </message>
    <message>
        <source>No files or images are attached to this report; the evidence is where the family says it is kept.</source>
        <translation>Tidak ada file atau gambar yang dilampirkan pada laporan ini; bukti ada di tempat yang disebutkan keluarga.</translation>
    </message>
    <message>
        <source>Printed on %1. Entry last changed on %2.</source>
        <translation>Dicetak pada %1. Catatan terakhir diubah pada %2.</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Online kidnapping or fake “police”</source>
        <translation>“Penculikan online” atau “polisi” palsu</translation>
    </message>
    <message>
        <source>Threats to share intimate images (sextortion)</source>
        <translation>Ancaman menyebarkan foto intim (sextortion)</translation>
    </message>
    <message>
        <source>Scam or fraud</source>
        <translation>Penipuan</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>Perundungan siber</translation>
    </message>
    <message>
        <source>Grooming by an adult</source>
        <translation>Bujuk rayu (grooming) oleh orang dewasa</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Record the numbers and accounts that called or wrote, the names and titles the callers used, the times of the calls, every demand for money with the bank account numbers given, what your child was told to do (install an app, rent a room, buy a SIM, keep it secret), and when you reached your child.</source>
        <translation>Catat nomor dan akun yang menelepon atau mengirim pesan, nama dan jabatan yang dipakai penelepon, waktu panggilan, setiap permintaan uang beserta nomor rekening yang diberikan, apa yang disuruh kepada anak Anda (memasang aplikasi, menyewa kamar, membeli kartu SIM, merahasiakannya), dan kapan Anda berhasil menghubungi anak Anda.</translation>
    </message>
    <message>
        <source>Record the account names and links of the person threatening, the platform, when contact began, what they demand (money, more images) and by when, and any payment details they gave. Describe any image in words only.</source>
        <translation>Catat nama akun dan tautan orang yang mengancam, platformnya, kapan kontak dimulai, apa yang mereka minta (uang, foto lagi) dan batas waktunya, serta detail pembayaran yang mereka berikan. Gambarkan foto apa pun hanya dengan kata-kata.</translation>
    </message>
    <message>
        <source>Record the website, account or phone number, what was promised, and every payment: date, amount, bank and transaction reference. If money went out, call the bank at once to try to stop it.</source>
        <translation>Catat situs web, akun, atau nomor teleponnya, apa yang dijanjikan, dan setiap pembayaran: tanggal, jumlah, bank, dan nomor referensi transaksi. Jika uang sudah terkirim, segera telepon bank untuk mencoba menghentikannya.</translation>
    </message>
    <message>
        <source>Record the account names involved, where it happened (the app, the group&apos;s name), the dates, what was said or posted, who saw it, and what the school has been told.</source>
        <translation>Catat nama akun yang terlibat, di mana kejadiannya (aplikasi, nama grup), tanggalnya, apa yang dikatakan atau diunggah, siapa yang melihatnya, dan apa yang sudah disampaikan ke sekolah.</translation>
    </message>
    <message>
        <source>Record the account names and links, the apps used, when contact began, any gifts or money offered, and every request for secrecy, photos or a meeting. Describe any image in words only.</source>
        <translation>Catat nama akun dan tautannya, aplikasi yang dipakai, kapan kontak dimulai, hadiah atau uang yang ditawarkan, dan setiap permintaan untuk merahasiakan, mengirim foto, atau bertemu. Gambarkan foto apa pun hanya dengan kata-kata.</translation>
    </message>
    <message>
        <source>Record what happened and when, the accounts, numbers or websites involved, any money lost, and who you have told.</source>
        <translation>Catat apa yang terjadi dan kapan, akun, nomor, atau situs web yang terlibat, uang yang hilang, dan siapa saja yang sudah Anda beri tahu.</translation>
    </message>
    <message>
        <source>Never save, screenshot or forward sexual images of a child, not even as evidence: holding them can itself be a crime. Report them to the police or the platform, and write down only where they were seen.</source>
        <translation>Jangan pernah menyimpan, memotret layar, atau meneruskan gambar seksual anak, bahkan sebagai bukti: menyimpannya saja bisa menjadi tindak pidana. Laporkan ke polisi atau ke platformnya, dan catat hanya di mana gambar itu terlihat.</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Write down what happened while you still remember the details: the police, a scam centre or the school will ask for dates, accounts and reference numbers. Files and images are never stored here; note where the evidence is kept.</source>
        <translation>Catat apa yang terjadi selagi Anda masih ingat detailnya: polisi, pusat pengaduan penipuan, atau sekolah akan menanyakan tanggal, akun, dan nomor laporan. File dan gambar tidak pernah disimpan di sini; catat di mana buktinya disimpan.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. We hope it stays that way.</source>
        <translation>Belum ada yang dicatat. Semoga tetap begitu.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>Incidents recorded, the most recent first</source>
        <translation>Kejadian yang dicatat, yang terbaru di atas</translation>
    </message>
    <message>
        <source>&amp;Record an incident…</source>
        <translation>&amp;Catat kejadian…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Catat kejadian</translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation>Ubah catatan yang dipilih</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>Hapus catatan yang dipilih</translation>
    </message>
    <message>
        <source>Save the chosen entry as a PDF</source>
        <translation>Simpan catatan yang dipilih sebagai PDF</translation>
    </message>
    <message>
        <source>Print the chosen entry</source>
        <translation>Cetak catatan yang dipilih</translation>
    </message>
    <message>
        <source>What a report will ask for</source>
        <translation>Yang akan ditanyakan saat melapor</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Platform, app or number</source>
        <translation>Platform, aplikasi, atau nomor</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Siapa yang diberi tahu</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Laporan yang dibuat</translation>
    </message>
    <message>
        <source>Where the evidence is kept</source>
        <translation>Tempat bukti disimpan</translation>
    </message>
    <message>
        <source>Delete the entry of %1 (%2)? This cannot be undone.</source>
        <translation>Hapus catatan tanggal %1 (%2)? Tindakan ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Hapus catatan</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Simpan laporan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>PDF tidak bisa disimpan di sana. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 tersimpan</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>under 6</source>
        <translation>di bawah 6 tahun</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6–9 tahun</translation>
    </message>
    <message>
        <source>10 to 12</source>
        <translation>10–12 tahun</translation>
    </message>
    <message>
        <source>13 to 15</source>
        <translation>13–15 tahun</translation>
    </message>
    <message>
        <source>16 to 17</source>
        <translation>16–17 tahun</translation>
    </message>
    <message>
        <source>18 to 22</source>
        <translation>18–22 tahun</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <source>not yet translated</source>
        <translation>belum diterjemahkan</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n year(s) (%3)</source>
        <translation>
            <numerusform>%1, %n tahun (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <source>Not Alone helps you keep your children safe online: a checklist for each child, the numbers to call in a crisis, and lessons and games to share. Everything stays on this computer. Setting up takes a minute.</source>
        <translation>Not Alone membantu Anda menjaga anak-anak tetap aman di internet: daftar periksa untuk setiap anak, nomor yang perlu ditelepon saat darurat, serta pelajaran dan permainan untuk dinikmati bersama. Semuanya tetap tersimpan di komputer ini. Penyiapannya hanya butuh satu menit.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>B&amp;ahasa:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Open a web page?</source>
        <translation>Buka halaman web?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Buka alamat ini di browser Anda?</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Buka di browser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>LessonSheet</name>
    <message>
        <source>For ages %1</source>
        <translation>Untuk usia %1</translation>
    </message>
    <message>
        <source>Steps on the checklist</source>
        <translation>Langkah di daftar periksa</translation>
    </message>
    <message>
        <source>Our note</source>
        <translation>Catatan kami</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>There is no lesson called &apos;%1&apos;.</source>
        <translation>Tidak ada pelajaran bernama &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message>
        <source>Devices and accounts</source>
        <translation>Perangkat dan akun</translation>
    </message>
    <message>
        <source>Privacy and sharing</source>
        <translation>Privasi dan berbagi</translation>
    </message>
    <message>
        <source>Strangers and grooming</source>
        <translation>Orang asing dan bujuk rayu (grooming)</translation>
    </message>
    <message>
        <source>Online kidnapping and impersonation scams</source>
        <translation>“Penculikan online” dan penipuan dengan identitas palsu</translation>
    </message>
    <message>
        <source>Money and fraud</source>
        <translation>Uang dan penipuan</translation>
    </message>
    <message>
        <source>Wellbeing and screen time</source>
        <translation>Kesejahteraan dan waktu layar</translation>
    </message>
    <message>
        <source>Talking and trust</source>
        <translation>Berbicara dan saling percaya</translation>
    </message>
    <message>
        <source>What to do in an emergency</source>
        <translation>Yang harus dilakukan dalam keadaan darurat</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Short lessons to read together: how scams and “online kidnapping” work, the warning signs, and what to say to your child. Each takes a few minutes.</source>
        <translation>Pelajaran singkat untuk dibaca bersama: cara kerja penipuan dan “penculikan online”, tanda-tanda bahayanya, dan apa yang perlu Anda katakan kepada anak. Masing-masing hanya butuh beberapa menit.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Words to find, for example: scam, password</source>
        <translation>Kata yang dicari, misalnya: penipuan, kata sandi</translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation>Cari pelajaran</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topik:</translation>
    </message>
    <message>
        <source>Show lessons on this topic</source>
        <translation>Tampilkan pelajaran dengan topik ini</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>Hanya &amp;favorit</translation>
    </message>
    <message>
        <source>Show favourite lessons only</source>
        <translation>Tampilkan pelajaran favorit saja</translation>
    </message>
    <message>
        <source>← All lessons</source>
        <translation>← Semua pelajaran</translation>
    </message>
    <message>
        <source>Back to all lessons</source>
        <translation>Kembali ke semua pelajaran</translation>
    </message>
    <message>
        <source>Back to all lessons (Alt+Left)</source>
        <translation>Kembali ke semua pelajaran (Alt+Panah Kiri)</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Ukuran teks:</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Perkecil teks</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Perkecil teks (Ctrl+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Perbesar teks</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Perbesar teks (Ctrl+=)</translation>
    </message>
    <message>
        <source>Print or save as PDF…</source>
        <translation>Cetak / Simpan PDF…</translation>
    </message>
    <message>
        <source>Print the lesson or save it as PDF</source>
        <translation>Cetak pelajaran atau simpan sebagai PDF</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Teks pelajaran</translation>
    </message>
    <message>
        <source>This lesson is shown in English because it has no text in your language yet.</source>
        <translation>Pelajaran ini ditampilkan dalam bahasa Inggris karena belum tersedia dalam bahasa Anda.</translation>
    </message>
    <message>
        <source>Steps on the checklist</source>
        <translation>Langkah di daftar periksa</translation>
    </message>
    <message>
        <source>This lesson has no related checklist steps.</source>
        <translation>Pelajaran ini tidak punya langkah terkait di daftar periksa.</translation>
    </message>
    <message>
        <source>&amp;Our note</source>
        <translation>Catatan &amp;kami</translation>
    </message>
    <message>
        <source>What we talked about, what we agreed…</source>
        <translation>Apa yang kami bicarakan, apa yang kami sepakati…</translation>
    </message>
    <message>
        <source>Our note on this lesson</source>
        <translation>Catatan kami tentang pelajaran ini</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Tersimpan otomatis saat Anda mengetik.</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ Sudah dibaca</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Tandai sudah dibaca</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Sudah dibaca</translation>
    </message>
    <message>
        <source>You have read this lesson</source>
        <translation>Anda sudah membaca pelajaran ini</translation>
    </message>
    <message>
        <source>Mark this lesson as read</source>
        <translation>Tandai pelajaran ini sudah dibaca</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Tambah ke favorit</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Semua topik</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n sudah dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>No lesson matches your search. Try fewer or shorter words.</source>
        <translation>Tidak ada pelajaran yang cocok dengan pencarian Anda. Coba kata yang lebih sedikit atau lebih pendek.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <source>No favourite lessons yet: open a lesson and add it to your favourites to find it here.</source>
        <translation>Belum ada pelajaran favorit: buka sebuah pelajaran dan tambahkan ke favorit agar mudah ditemukan di sini.</translation>
    </message>
    <message>
        <source>Show all lessons</source>
        <translation>Tampilkan semua pelajaran</translation>
    </message>
    <message>
        <source>No lesson matches these filters.</source>
        <translation>Tidak ada pelajaran yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>No lessons are installed.</source>
        <translation>Tidak ada pelajaran yang terpasang.</translation>
    </message>
    <message>
        <source>This lesson is not available.</source>
        <translation>Pelajaran ini tidak tersedia.</translation>
    </message>
    <message>
        <source>For ages %1</source>
        <translation>Untuk usia %1</translation>
    </message>
    <message>
        <source>Opens this step in the checklist</source>
        <translation>Membuka langkah ini di daftar periksa</translation>
    </message>
    <message>
        <source>Open this step in the checklist</source>
        <translation>Buka langkah ini di daftar periksa</translation>
    </message>
    <message>
        <source>This link cannot be opened from Not Alone.</source>
        <translation>Tautan ini tidak bisa dibuka dari Not Alone.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Catatan paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Catatan tidak bisa disimpan.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n pelajaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) found</source>
        <translation>
            <numerusform>%n pelajaran ditemukan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Teks lisensi</translation>
    </message>
    <message>
        <source>The licence texts could not be found. They are gathered when the installers are built, and this copy of Not Alone seems to run from its source code. Not Alone is free software under the Apache License 2.0; Qt and PySide6 are used under the GNU LGPL 3.0.</source>
        <translation>Teks lisensi tidak ditemukan. Teks itu dikumpulkan saat penginstal dibuat, sedangkan salinan Not Alone ini tampaknya berjalan langsung dari kode sumbernya. Not Alone adalah perangkat lunak bebas dengan Lisensi Apache 2.0; Qt dan PySide6 digunakan dengan lisensi GNU LGPL 3.0.</translation>
    </message>
    <message>
        <source>Not Alone is free software under the Apache License 2.0. It comes with the programs and libraries below, each under its own licence. Choose one to read its licence.</source>
        <translation>Not Alone adalah perangkat lunak bebas dengan Lisensi Apache 2.0. Aplikasi ini disertai program dan pustaka di bawah, masing-masing dengan lisensinya sendiri. Pilih salah satu untuk membaca lisensinya.</translation>
    </message>
    <message>
        <source>This copy of Not Alone runs from its source code, so only what the installed libraries say about themselves is shown. The installers carry every licence text in full.</source>
        <translation>Salinan Not Alone ini berjalan dari kode sumbernya, jadi yang ditampilkan hanya keterangan dari pustaka yang terpasang. Penginstal memuat semua teks lisensi secara lengkap.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lisensi: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kode sumber: %1</translation>
    </message>
    <message>
        <source>No licence text was found for this component; its licence is named above.</source>
        <translation>Teks lisensi komponen ini tidak ditemukan; nama lisensinya tertulis di atas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Daftar periksa</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Rencana keamanan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Not Alone</source>
        <translation>Not Alone</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Child mode: enter the parent PIN to change things (Ctrl+L)</source>
        <translation>Mode anak: masukkan PIN orang tua untuk mengubah sesuatu (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Back to child mode: changes need the parent PIN (Ctrl+L)</source>
        <translation>Kembali ke mode anak: perubahan memerlukan PIN orang tua (Ctrl+L)</translation>
    </message>
    <message>
        <source>Child mode</source>
        <translation>Mode anak</translation>
    </message>
    <message>
        <source>Parent mode</source>
        <translation>Mode orang tua</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Minta bantuan sekarang</translation>
    </message>
    <message>
        <source>Emergency numbers and first steps (F1)</source>
        <translation>Nomor darurat dan langkah pertama (F1)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Opening your family&apos;s data…</source>
        <translation>Membuka data keluarga Anda…</translation>
    </message>
</context>
<context>
    <name>MonthSheet</name>
    <message>
        <source>This month: %1</source>
        <translation>Bulan ini: %1</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Usia %1</translation>
    </message>
    <message>
        <source>The most important things to do now for %1. Tick each box when it is done; the rest of the checklist is in Not Alone.</source>
        <translation>Hal-hal terpenting yang perlu dilakukan sekarang untuk %1. Centang kotaknya setiap kali satu langkah selesai; sisa daftar periksa ada di Not Alone.</translation>
    </message>
    <message>
        <source>Time to check again: done on %1</source>
        <translation>Saatnya diperiksa lagi: dilakukan pada %1</translation>
    </message>
    <message>
        <source>for the whole family</source>
        <translation>untuk seluruh keluarga</translation>
    </message>
    <message>
        <source>Everything on the checklist for %1 is done or set aside. Well done! Look again next month.</source>
        <translation>Semua langkah di daftar periksa untuk %1 sudah selesai atau dikesampingkan. Bagus sekali! Lihat lagi bulan depan.</translation>
    </message>
    <message>
        <source>Family code word:</source>
        <translation>Kata kode keluarga:</translation>
    </message>
    <message>
        <source>ask for it on every call about money or danger. It is not printed here, on purpose.</source>
        <translation>tanyakan setiap kali ada telepon soal uang atau bahaya. Sengaja tidak dicetak di sini.</translation>
    </message>
    <message>
        <source>not chosen yet. Agree one together and keep it in the safety plan in Not Alone.</source>
        <translation>belum dipilih. Sepakati bersama, lalu simpan di rencana keamanan di Not Alone.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Dalam keadaan darurat</translation>
    </message>
    <message>
        <source>Printed on %1 with Not Alone.</source>
        <translation>Dicetak pada %1 dengan Not Alone.</translation>
    </message>
</context>
<context>
    <name>PackOrigin</name>
    <message>
        <source>from %1</source>
        <translation>dari %1</translation>
    </message>
</context>
<context>
    <name>PacksCard</name>
    <message>
        <source>Content updates</source>
        <translation>Pembaruan konten</translation>
    </message>
    <message>
        <source>Organisations you trust can bring new lessons, checklist items, helplines and even languages, without the internet: as a content pack, a file they hand you on a USB stick.</source>
        <translation>Organisasi yang Anda percayai bisa membawa pelajaran baru, langkah baru untuk daftar periksa, layanan bantuan, bahkan bahasa baru, tanpa internet: dalam bentuk paket konten, yaitu sebuah file yang mereka berikan lewat flashdisk.</translation>
    </message>
    <message>
        <source>Install a content pac&amp;k from a file…</source>
        <translation>Pasang paket &amp;konten dari file…</translation>
    </message>
    <message>
        <source>Install a content pack from a file</source>
        <translation>Pasang paket konten dari file</translation>
    </message>
    <message>
        <source>No content packs are installed.</source>
        <translation>Belum ada paket konten yang terpasang.</translation>
    </message>
    <message>
        <source>Version %1 of %2, by %3</source>
        <translation>Versi %1 tanggal %2, dari %3</translation>
    </message>
    <message>
        <source>Installed for every user of this computer; only an administrator can remove it.</source>
        <translation>Terpasang untuk semua pengguna komputer ini; hanya administrator yang bisa menghapusnya.</translation>
    </message>
    <message>
        <source>From a publisher this app trusts.</source>
        <translation>Dari penerbit yang dipercaya aplikasi ini.</translation>
    </message>
    <message>
        <source>From a publisher this app does not know (key %1): its content is marked “from %2” wherever it is shown.</source>
        <translation>Dari penerbit yang belum dikenal aplikasi ini (kunci %1): kontennya diberi tanda “dari %2” di mana pun ditampilkan.</translation>
    </message>
    <message>
        <source>Not used: %1. Install the pack again, or remove it.</source>
        <translation>Tidak dipakai: %1. Pasang ulang paketnya, atau hapus.</translation>
    </message>
    <message>
        <source>Show what it adds and changes</source>
        <translation>Lihat apa yang ditambah dan diubah</translation>
    </message>
    <message>
        <source>Show what %1 adds and changes</source>
        <translation>Lihat apa yang ditambah dan diubah oleh %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>It adds:</source>
        <translation>Yang ditambahkan:</translation>
    </message>
    <message>
        <source>It changes:</source>
        <translation>Yang diubah:</translation>
    </message>
    <message>
        <source>Only the interface in a new language.</source>
        <translation>Hanya tampilan aplikasi dalam bahasa baru.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Langkah daftar periksa</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Layanan bantuan</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Langkah pertama</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Peristiwa hidup</translation>
    </message>
    <message>
        <source>Checklist section</source>
        <translation>Bagian daftar periksa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Kesepakatan keluarga</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>diperiksa %1</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>Pasang paket konten</translation>
    </message>
    <message>
        <source>Content packs (*.zip);;All files (*)</source>
        <translation>Paket konten (*.zip);;Semua file (*)</translation>
    </message>
    <message>
        <source>Checking the pack&apos;s signature and content…</source>
        <translation>Memeriksa tanda tangan dan isi paket…</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>The pack was not installed: %1. Nothing was changed.</source>
        <translation>Paket tidak dipasang: %1. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>%1 is already installed; nothing was changed.</source>
        <translation>%1 sudah terpasang; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The pack was not installed. Nothing was changed.</source>
        <translation>Paket tidak dipasang. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>%1 (version %2) is installed. Its content is in Not Alone now.</source>
        <translation>%1 (versi %2) sudah terpasang. Isinya kini ada di Not Alone.</translation>
    </message>
    <message>
        <source>Install %1, version %2, by %3?</source>
        <translation>Pasang %1, versi %2, dari %3?</translation>
    </message>
    <message>
        <source>This pack comes from a publisher this app does not know: %1.</source>
        <translation>Paket ini berasal dari penerbit yang belum dikenal aplikasi ini: %1.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1

Install it only if you got it from %2 yourself; if you can, compare the fingerprint with them. Its lessons, checklist items and helplines will be marked “from %2”.

Install %3?</source>
        <translation>Sidik jari kunci: %1

Pasang hanya jika Anda menerimanya langsung dari %2; bila bisa, cocokkan sidik jarinya dengan mereka. Pelajaran, langkah daftar periksa, dan layanan bantuannya akan diberi tanda “dari %2”.

Pasang %3?</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 tidak dihapus: %2</translation>
    </message>
    <message>
        <source>%1 was removed. Your progress on its items and lessons is kept.</source>
        <translation>%1 sudah dihapus. Kemajuan Anda pada langkah dan pelajarannya tetap tersimpan.</translation>
    </message>
    <message>
        <source>Remove a content pack</source>
        <translation>Hapus paket konten</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Hapus %1?</translation>
    </message>
    <message>
        <source>Its lessons, checklist items and helplines leave Not Alone. Your ticks, notes and reading on them are kept, and come back if you install the pack again.</source>
        <translation>Pelajaran, langkah daftar periksa, dan layanan bantuannya akan hilang dari Not Alone. Centang, catatan, dan bacaan Anda tetap tersimpan, dan muncul lagi jika paketnya dipasang kembali.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>PIN paling sedikit 4 angka.</translation>
    </message>
    <message>
        <source>Enter a PIN of 4 to 8 digits, or a passphrase of 8 or more characters.</source>
        <translation>Masukkan PIN 4 sampai 8 angka, atau frasa sandi minimal 8 karakter.</translation>
    </message>
    <message>
        <source>Use 4 to 8 digits, or a passphrase of at least 8 characters.</source>
        <translation>Gunakan 4 sampai 8 angka, atau frasa sandi minimal 8 karakter.</translation>
    </message>
    <message>
        <source>A passphrase can have at most 256 characters.</source>
        <translation>Frasa sandi paling banyak 256 karakter.</translation>
    </message>
    <message>
        <source>The system&apos;s password store did not save the PIN (it may be locked, or the request was cancelled). Nothing was changed.</source>
        <translation>Penyimpanan sandi sistem tidak menyimpan PIN (mungkin terkunci, atau permintaannya dibatalkan). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 minutes.</source>
        <translation>Terlalu banyak percobaan yang salah. Coba lagi dalam %1 menit.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>PIN orang tua</translation>
    </message>
    <message>
        <source>Parents only</source>
        <translation>Khusus orang tua</translation>
    </message>
    <message>
        <source>Changing the checklist, the contacts, the children or the settings needs the parent PIN. Lessons, games and “Get help now” stay open for everyone.</source>
        <translation>Mengubah daftar periksa, kontak, data anak, atau pengaturan memerlukan PIN orang tua. Pelajaran, permainan, dan “Minta bantuan sekarang” tetap terbuka untuk semua.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;PIN atau frasa sandi:</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN atau frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Forgot the PIN? Use the recovery code…</source>
        <translation>&amp;Lupa PIN? Pakai kode pemulihan…</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the recovery code</source>
        <translation>Lupa PIN? Pakai kode pemulihan</translation>
    </message>
    <message>
        <source>Reset the PIN</source>
        <translation>Atur ulang PIN</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the PIN was set (4 groups of 4 letters and digits), then choose a new PIN.</source>
        <translation>Masukkan kode pemulihan yang Anda catat saat PIN dibuat (4 kelompok berisi 4 huruf dan angka), lalu pilih PIN baru.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Kode pemulihan:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>PIN &amp;baru:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>Repeat the new &amp;PIN:</source>
        <translation>&amp;Ulangi PIN baru:</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Ulangi PIN baru</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN itu salah.</translation>
    </message>
    <message>
        <source>The system&apos;s password store did not answer (it may be locked, or the request was cancelled). Try again.</source>
        <translation>Penyimpanan sandi sistem tidak menjawab (mungkin terkunci, atau permintaannya dibatalkan). Coba lagi.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>That recovery code is not right.</source>
        <translation>Kode pemulihan itu salah.</translation>
    </message>
    <message>
        <source>Choose 4 to 8 digits, or a passphrase of at least 8 characters. With a PIN, Not Alone opens for the children: lessons, games and “Get help now” work; changing anything asks for the PIN. The PIN keeps out someone at the keyboard; it does not encrypt the family&apos;s file on this computer.</source>
        <translation>Pilih 4 sampai 8 angka, atau frasa sandi minimal 8 karakter. Dengan PIN, Not Alone terbuka untuk anak-anak: pelajaran, permainan, dan “Minta bantuan sekarang” bisa dipakai; setiap perubahan meminta PIN. PIN mencegah orang lain di depan komputer mengubah data; PIN tidak mengenkripsi file keluarga di komputer ini.</translation>
    </message>
    <message>
        <source>The PIN is checked against a fingerprint kept in the system&apos;s password store.</source>
        <translation>PIN dicocokkan dengan sidik yang tersimpan di penyimpanan sandi sistem.</translation>
    </message>
    <message>
        <source>This computer offers no password store, so the PIN&apos;s fingerprint is kept in the family&apos;s data file. The PIN itself is never stored.</source>
        <translation>Komputer ini tidak punya penyimpanan sandi, jadi sidik PIN disimpan di file data keluarga. PIN-nya sendiri tidak pernah disimpan.</translation>
    </message>
    <message>
        <source>Re&amp;move the lock…</source>
        <translation>&amp;Lepas kunci…</translation>
    </message>
    <message>
        <source>Remove the lock</source>
        <translation>Lepas kunci</translation>
    </message>
    <message>
        <source>This computer&apos;s password store has no fingerprint of the PIN for these files (they may have been copied from another computer), so the PIN cannot be checked here. Reset it with the recovery code. If the code is lost too, a parent can remove the lock.</source>
        <translation>Penyimpanan sandi di komputer ini tidak punya sidik PIN untuk file-file ini (mungkin disalin dari komputer lain), jadi PIN tidak bisa diperiksa di sini. Atur ulang PIN dengan kode pemulihan. Kalau kodenya juga hilang, orang tua bisa melepas kuncinya.</translation>
    </message>
    <message>
        <source>The system&apos;s password store that keeps the PIN&apos;s fingerprint is not available now, so the PIN cannot be checked. Nothing was changed. Try again later (after logging in to this computer again, for example), or reset the PIN with the recovery code.</source>
        <translation>Penyimpanan sandi sistem yang menyimpan sidik PIN sedang tidak tersedia, jadi PIN belum bisa diperiksa. Tidak ada yang diubah. Coba lagi nanti (misalnya setelah masuk lagi ke komputer ini), atau atur ulang PIN dengan kode pemulihan.</translation>
    </message>
    <message>
        <source>Remove the parent lock?</source>
        <translation>Lepas kunci orang tua?</translation>
    </message>
    <message>
        <source>Only a parent should do this, and only when the recovery code is lost too. Until a new PIN is set, anyone at this computer can change the checklist, the contacts, the children and the settings. Nothing of the family&apos;s data is deleted.</source>
        <translation>Hanya orang tua yang sebaiknya melakukan ini, dan hanya jika kode pemulihan juga hilang. Sampai PIN baru diatur, siapa pun di komputer ini bisa mengubah daftar periksa, kontak, data anak, dan pengaturan. Tidak ada data keluarga yang dihapus.</translation>
    </message>
    <message>
        <source>The PIN can be checked again now: enter it.</source>
        <translation>PIN sudah bisa diperiksa lagi: silakan masukkan.</translation>
    </message>
    <message>
        <source>The parent lock was removed. Set a new PIN in Settings.</source>
        <translation>Kunci orang tua sudah dilepas. Atur PIN baru di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Parent PIN (optional)</source>
        <translation>PIN orang tua (opsional)</translation>
    </message>
    <message>
        <source>A parent PIN is already set. You can change or remove it in Settings.</source>
        <translation>PIN orang tua sudah diatur. Anda bisa mengubah atau menghapusnya di Pengaturan.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;PIN atau frasa sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>Parent PIN or passphrase</source>
        <translation>PIN atau frasa sandi orang tua</translation>
    </message>
    <message>
        <source>Repeat the parent PIN or passphrase</source>
        <translation>Ulangi PIN atau frasa sandi orang tua</translation>
    </message>
    <message>
        <source>Leave both fields empty to go on without a PIN; you can set one later.</source>
        <translation>Biarkan kedua isian kosong untuk lanjut tanpa PIN; Anda bisa mengaturnya nanti.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>PIN orang tua</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>This text holds a hidden character that turns the words around it backwards, a trick scam messages use to disguise names and links. Type it again instead of pasting it.</source>
        <translation>Teks ini berisi karakter tersembunyi yang membalik urutan tulisan di sekitarnya, trik yang dipakai pesan penipuan untuk menyamarkan nama dan tautan. Ketik ulang, jangan ditempel.</translation>
    </message>
    <message>
        <source>This text holds a hidden control character. Type it again instead of pasting it.</source>
        <translation>Teks ini berisi karakter kontrol tersembunyi. Ketik ulang, jangan ditempel.</translation>
    </message>
    <message>
        <source>There is nothing in this text that can be seen. Use letters or digits.</source>
        <translation>Tidak ada yang terlihat dalam teks ini. Gunakan huruf atau angka.</translation>
    </message>
</context>
<context>
    <name>PlanSheet</name>
    <message>
        <source>Stay calm. Do not pay or transfer anything, however urgent or frightening the message is.</source>
        <translation>Tetap tenang. Jangan membayar atau mentransfer apa pun, semendesak atau semenakutkan apa pun pesannya.</translation>
    </message>
    <message>
        <source>Call %1 yourself, on the number you already know, with an ordinary voice call.</source>
        <translation>Telepon sendiri %1 di nomor yang sudah Anda kenal, dengan panggilan suara biasa.</translation>
    </message>
    <message>
        <source>When you reach them, ask for the family code word.</source>
        <translation>Setelah tersambung, tanyakan kata kode keluarga.</translation>
    </message>
    <message>
        <source>If %1 does not answer, call these people, in this order:</source>
        <translation>Jika %1 tidak menjawab, telepon orang-orang ini sesuai urutan:</translation>
    </message>
    <message>
        <source>If %1 does not answer, call the people around them: a roommate, friends, a teacher, the landlord.</source>
        <translation>Jika %1 tidak menjawab, telepon orang-orang di sekitarnya: teman sekamar, teman, guru, pemilik kos.</translation>
    </message>
    <message>
        <source>Call the police on %1 and say it may be an online kidnapping scam.</source>
        <translation>Telepon polisi di %1 dan katakan bahwa ini mungkin penipuan “penculikan online”.</translation>
    </message>
    <message>
        <source>Call your local police and say it may be an online kidnapping scam.</source>
        <translation>Telepon polisi setempat dan katakan bahwa ini mungkin penipuan “penculikan online”.</translation>
    </message>
    <message>
        <source>Keep every message, call log, account name and bank account number the callers sent. Delete nothing. If an image shows %1 undressed, do not forward or copy it: tell the police it exists.</source>
        <translation>Simpan semua pesan, riwayat panggilan, nama akun, dan nomor rekening yang dikirim penelepon. Jangan hapus apa pun. Jika ada gambar %1 tanpa busana, jangan teruskan atau salin: beri tahu polisi bahwa gambar itu ada.</translation>
    </message>
    <message>
        <source>When you reach %1, reassure them first: they are the victim, not the one to blame.</source>
        <translation>Saat tersambung dengan %1, tenangkan dia lebih dulu: dia korban, bukan pihak yang bersalah.</translation>
    </message>
    <message>
        <source>Safety plan for %1</source>
        <translation>Rencana keamanan untuk %1</translation>
    </message>
    <message>
        <source>What to do if someone says %1 has been arrested, kidnapped or is in trouble, and asks for money or secrecy. Real police never investigate, ask for money or summon anyone by phone or video call.</source>
        <translation>Yang harus dilakukan jika ada yang mengatakan %1 ditangkap, diculik, atau dalam masalah, lalu meminta uang atau menyuruh merahasiakannya. Polisi sungguhan tidak pernah memeriksa, meminta uang, atau memanggil siapa pun lewat telepon atau panggilan video.</translation>
    </message>
    <message>
        <source>If a ransom or “police” message arrives</source>
        <translation>Jika datang pesan tebusan atau dari “polisi”</translation>
    </message>
    <message>
        <source>Where %1 usually is</source>
        <translation>Tempat %1 biasanya berada</translation>
    </message>
    <message>
        <source>Family code word</source>
        <translation>Kata kode keluarga</translation>
    </message>
    <message>
        <source>Keep this page out of sight: anyone who reads the code word can use it.</source>
        <translation>Simpan halaman ini di tempat tersembunyi: siapa pun yang membaca kata kodenya bisa memakainya.</translation>
    </message>
    <message>
        <source>Not printed, on purpose. Everyone in the family knows it: ask for it on every call about money or danger.</source>
        <translation>Sengaja tidak dicetak. Semua anggota keluarga mengetahuinya: tanyakan setiap kali ada telepon soal uang atau bahaya.</translation>
    </message>
    <message>
        <source>Not chosen yet. Agree one together and keep it in the safety plan in Not Alone.</source>
        <translation>Belum dipilih. Sepakati bersama, lalu simpan di rencana keamanan di Not Alone.</translation>
    </message>
    <message>
        <source>Printed on %1 with Not Alone.</source>
        <translation>Dicetak pada %1 dengan Not Alone.</translation>
    </message>
    <message>
        <source>If %1 does not answer, call the people around them: their friends, the parents of their friends, their school or a teacher.</source>
        <translation>Jika %1 tidak menjawab, telepon orang-orang di sekitarnya: teman-temannya, orang tua teman-temannya, sekolah, atau guru.</translation>
    </message>
    <message>
        <source>What to do if a caller or a message says %1 is hurt, in trouble or has been taken, and asks for money or secrecy. Calls like this are almost always scams: check first, pay nothing.</source>
        <translation>Apa yang harus dilakukan jika seseorang menelepon atau mengirim pesan bahwa %1 terluka, dalam masalah, atau dibawa pergi, lalu meminta uang atau menyuruh Anda merahasiakannya. Telepon seperti ini hampir selalu penipuan: periksa dulu, jangan bayar apa pun.</translation>
    </message>
    <message>
        <source>If someone says %1 is in trouble</source>
        <translation>Jika ada yang bilang %1 dalam masalah</translation>
    </message>
    <message>
        <source>Call the adult who is with %1 right now (the school, the kindergarten, the carer) and ask them to check that %1 is safe.</source>
        <translation>Telepon orang dewasa yang sedang bersama %1 saat ini (sekolah, TK, pengasuh) dan minta mereka memastikan %1 aman.</translation>
    </message>
    <message>
        <source>If you cannot reach them, call these people, in this order:</source>
        <translation>Jika tidak tersambung, telepon orang-orang ini sesuai urutan:</translation>
    </message>
    <message>
        <source>If you cannot reach them, call the other adults around %1: the teacher, the school office, grandparents, the parents of friends.</source>
        <translation>Jika tidak tersambung, telepon orang dewasa lain di sekitar %1: guru, kantor sekolah, kakek dan nenek, orang tua teman-temannya.</translation>
    </message>
    <message>
        <source>Keep every message, call log, account name and bank account number the callers sent. Delete nothing.</source>
        <translation>Simpan semua pesan, riwayat panggilan, nama akun, dan nomor rekening yang dikirim penelepon. Jangan hapus apa pun.</translation>
    </message>
    <message>
        <source>Anyone who comes to pick %1 up without being expected must know the family code word. %1 goes with nobody who does not.</source>
        <translation>Siapa pun yang datang menjemput %1 tanpa diduga harus tahu kata kode keluarga. %1 tidak ikut dengan siapa pun yang tidak tahu.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Safety plan</source>
        <translation>Rencana keamanan</translation>
    </message>
    <message>
        <source>Family safety plan</source>
        <translation>Rencana keamanan keluarga</translation>
    </message>
    <message>
        <source>Family agreement and poster…</source>
        <translation>Kesepakatan keluarga dan poster…</translation>
    </message>
    <message>
        <source>Verification plan</source>
        <translation>Rencana verifikasi</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Catatan kejadian</translation>
    </message>
    <message>
        <source>Parts of the safety plan</source>
        <translation>Bagian rencana keamanan</translation>
    </message>
    <message>
        <source>Scammers may call you pretending that your child is hurt, in trouble or has been taken, and demand money at once. Agree now how you will check, and keep the plan at hand: with it, a frightening call becomes a few calm steps.</source>
        <translation>Penipu bisa menelepon Anda dan mengatakan bahwa anak Anda terluka, dalam masalah, atau dibawa pergi, lalu meminta uang saat itu juga. Sepakati sekarang cara Anda memastikannya, dan simpan rencananya di dekat Anda: dengan rencana ini, telepon yang menakutkan menjadi beberapa langkah yang tenang.</translation>
    </message>
    <message>
        <source>Scammers may call you pretending that your child has been arrested or kidnapped, and demand money at once. Agree now how you will check, and keep the plan at hand: with it, a frightening call becomes a few calm steps.</source>
        <translation>Penipu bisa menelepon Anda dan berpura-pura bahwa anak Anda ditangkap atau diculik, lalu meminta uang saat itu juga. Sepakati sekarang cara Anda memastikannya, dan simpan rencananya di dekat Anda: dengan rencana ini, telepon yang menakutkan menjadi beberapa langkah yang tenang.</translation>
    </message>
    <message>
        <source>Tick the adults who can check on your child quickly: the teacher, the school office, the carer, grandparents, the parents of friends. Put them in the order to call them (at most %1).</source>
        <translation>Centang orang dewasa yang bisa cepat memastikan keadaan anak Anda: guru, kantor sekolah, pengasuh, kakek-nenek, orang tua teman. Urutkan sesuai urutan menelepon (paling banyak %1).</translation>
    </message>
    <message>
        <source>Tick the people who can reach your child quickly: their friends, the parents of their friends, a teacher. Put them in the order to call them (at most %1).</source>
        <translation>Centang orang-orang yang bisa cepat menghubungi anak Anda: teman-temannya, orang tua teman-temannya, guru. Urutkan sesuai urutan menelepon (paling banyak %1).</translation>
    </message>
    <message>
        <source>One place per line: kindergarten or school, after-school club, a relative&apos;s home.</source>
        <translation>Satu tempat per baris: TK atau sekolah, kegiatan sepulang sekolah, rumah kerabat.</translation>
    </message>
    <message>
        <source>For example: Sunflower kindergarten, class B2</source>
        <translation>Misalnya: TK Bunga Matahari, kelas B2</translation>
    </message>
    <message>
        <source>One place per line: school, extra classes, sports club, a friend&apos;s home.</source>
        <translation>Satu tempat per baris: sekolah, les tambahan, klub olahraga, rumah teman.</translation>
    </message>
    <message>
        <source>For example: English class on Tuesday evenings</source>
        <translation>Misalnya: les bahasa Inggris Selasa malam</translation>
    </message>
    <message>
        <source>Plan &amp;for:</source>
        <translation>Rencana &amp;untuk:</translation>
    </message>
    <message>
        <source>Whose plan</source>
        <translation>Rencana untuk siapa</translation>
    </message>
    <message>
        <source>Add your children first: each child gets a plan of their own.</source>
        <translation>Tambahkan anak-anak Anda dulu: setiap anak punya rencananya sendiri.</translation>
    </message>
    <message>
        <source>Add your children</source>
        <translation>Tambahkan anak Anda</translation>
    </message>
    <message>
        <source>Tick the people who can reach your child quickly: a roommate, a friend, a teacher, the landlord. Put them in the order to call them (at most %1).</source>
        <translation>Centang orang-orang yang bisa cepat menghubungi anak Anda: teman sekamar, teman, guru, pemilik kos. Urutkan sesuai urutan menelepon (paling banyak %1).</translation>
    </message>
    <message>
        <source>People to call, in order. Space ticks a person.</source>
        <translation>Orang yang ditelepon, sesuai urutan. Tekan Spasi untuk mencentang.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Tu&amp;runkan</translation>
    </message>
    <message>
        <source>Call this person earlier</source>
        <translation>Telepon orang ini lebih awal</translation>
    </message>
    <message>
        <source>Call this person later</source>
        <translation>Telepon orang ini belakangan</translation>
    </message>
    <message>
        <source>There are no contacts yet. Add the people around your child in Contacts first.</source>
        <translation>Belum ada kontak. Tambahkan dulu orang-orang di sekitar anak Anda di Kontak.</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>Buka Kontak</translation>
    </message>
    <message>
        <source>Family code word</source>
        <translation>Kata kode keluarga</translation>
    </message>
    <message>
        <source>A word only your family knows. Anyone who calls about money or danger in your child&apos;s name must be able to say it; ask your child for it too. Never type it into a chat: only say it aloud.</source>
        <translation>Kata yang hanya diketahui keluarga Anda. Siapa pun yang menelepon atas nama anak Anda soal uang atau bahaya harus bisa menyebutkannya; tanyakan juga kepada anak Anda. Jangan pernah mengetiknya di obrolan: ucapkan saja.</translation>
    </message>
    <message>
        <source>One place per line: school or university, dorm or room, work, a friend&apos;s home.</source>
        <translation>Satu tempat per baris: sekolah atau kampus, asrama atau kos, tempat kerja, rumah teman.</translation>
    </message>
    <message>
        <source>Places, one per line</source>
        <translation>Tempat, satu per baris</translation>
    </message>
    <message>
        <source>For example: Dorm B, room 312</source>
        <translation>Misalnya: Asrama B, kamar 312</translation>
    </message>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>Cetak / Simpan PDF…</translation>
    </message>
    <message>
        <source>Include the code word on the printout</source>
        <translation>Cetak juga kata kodenya</translation>
    </message>
    <message>
        <source>If a ransom or “police” message arrives</source>
        <translation>Jika datang pesan tebusan atau dari “polisi”</translation>
    </message>
    <message>
        <source>Who to call to reach %1</source>
        <translation>Siapa yang ditelepon untuk menghubungi %1</translation>
    </message>
    <message>
        <source>Where %1 usually is</source>
        <translation>Tempat %1 biasanya berada</translation>
    </message>
    <message>
        <source>Who to call to reach your child</source>
        <translation>Siapa yang ditelepon untuk menghubungi anak Anda</translation>
    </message>
    <message>
        <source>Where your child usually is</source>
        <translation>Tempat anak Anda biasanya berada</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Hide the code word</source>
        <translation>Sembunyikan kata kode</translation>
    </message>
    <message>
        <source>Show or change the code word</source>
        <translation>Tampilkan atau ubah kata kode</translation>
    </message>
    <message>
        <source>The code word is never shown in screenshots.</source>
        <translation>Kata kode tidak pernah ditampilkan di tangkapan layar.</translation>
    </message>
    <message>
        <source>Type a new word to change it, then save the plan.</source>
        <translation>Ketik kata baru untuk mengubahnya, lalu simpan rencananya.</translation>
    </message>
    <message>
        <source>A code word is saved. Press Show to see or change it.</source>
        <translation>Kata kode sudah tersimpan. Tekan Tampilkan untuk melihat atau mengubahnya.</translation>
    </message>
    <message>
        <source>No code word yet. Press Show to choose one.</source>
        <translation>Belum ada kata kode. Tekan Tampilkan untuk memilihnya.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Tersembunyi</translation>
    </message>
    <message>
        <source>This child is no longer in the family.</source>
        <translation>Anak ini sudah tidak ada di data keluarga.</translation>
    </message>
    <message>
        <source>A code word can have at most %1 characters.</source>
        <translation>Kata kode paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The code word must fit on one line.</source>
        <translation>Kata kode harus muat dalam satu baris.</translation>
    </message>
    <message>
        <source>List at most %1 places.</source>
        <translation>Tulis paling banyak %1 tempat.</translation>
    </message>
    <message>
        <source>A place can have at most %1 characters.</source>
        <translation>Satu tempat paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Child mode: changing the plan asks for the parent PIN.</source>
        <translation>Mode anak: mengubah rencana memerlukan PIN orang tua.</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Perubahan tersimpan otomatis saat Anda mengetik.</translation>
    </message>
    <message>
        <source>Place %1 is longer than %2 characters.</source>
        <translation>Tempat ke-%1 lebih dari %2 karakter.</translation>
    </message>
    <message>
        <source>Tick at most %1 people to call.</source>
        <translation>Centang paling banyak %1 orang untuk ditelepon.</translation>
    </message>
    <message>
        <source>One of the ticked contacts no longer exists. Check the list and save again.</source>
        <translation>Salah satu kontak yang dicentang sudah tidak ada. Periksa daftarnya, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>What to print</source>
        <translation>Apa yang akan dicetak</translation>
    </message>
    <message>
        <source>The whole checklist…</source>
        <translation>Seluruh daftar periksa…</translation>
    </message>
    <message>
        <source>This month&apos;s sheets, one page per child…</source>
        <translation>Lembar bulan ini, satu halaman per anak…</translation>
    </message>
    <message>
        <source>This month&apos;s sheet…</source>
        <translation>Lembar bulan ini…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Kode pemulihan</translation>
    </message>
    <message>
        <source>Write this code down</source>
        <translation>Catat kode ini</translation>
    </message>
    <message>
        <source>If the PIN is ever forgotten, this code resets it. Write it on paper and keep it somewhere the children cannot find it. It is shown only now.</source>
        <translation>Jika PIN terlupa, kode ini bisa mengatur ulang PIN. Tulis di kertas dan simpan di tempat yang tidak bisa ditemukan anak-anak. Kode ini hanya ditampilkan sekarang.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Kode pemulihan: %1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Sudah saya catat</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your family&apos;s data needs attention</source>
        <translation>Data keluarga Anda perlu diperiksa</translation>
    </message>
    <message>
        <source>The family&apos;s data file cannot be opened</source>
        <translation>File data keluarga tidak bisa dibuka</translation>
    </message>
    <message>
        <source>The file is damaged or is not a Not Alone file. It will be moved aside (never deleted), and you can go on with the newest good backup, from %1, or start with an empty family.</source>
        <translation>File ini rusak atau bukan file Not Alone. File akan dipindahkan (tidak pernah dihapus), dan Anda bisa melanjutkan dengan cadangan baik yang terbaru, dari %1, atau mulai dengan keluarga kosong.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup of %1</source>
        <translation>&amp;Pulihkan cadangan dari %1</translation>
    </message>
    <message>
        <source>The file is damaged or is not a Not Alone file, and there is no good backup. It will be moved aside (never deleted), and you can start with an empty family.</source>
        <translation>File ini rusak atau bukan file Not Alone, dan tidak ada cadangan yang baik. File akan dipindahkan (tidak pernah dihapus), dan Anda bisa mulai dengan keluarga kosong.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty family</source>
        <translation>&amp;Mulai dengan keluarga kosong</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Not Alone: time for a check</source>
        <translation>Not Alone: saatnya memeriksa</translation>
    </message>
    <message numerus="yes">
        <source>Due for review on your checklist: %n safety step(s). Open Not Alone to go through them.</source>
        <translation>
            <numerusform>Perlu ditinjau di daftar periksa Anda: %n langkah keamanan. Buka Not Alone untuk memeriksanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Alone</source>
        <translation>Not Alone</translation>
    </message>
</context>
<context>
    <name>ScenarioChat</name>
    <message>
        <source>Continue</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Go on to the next message (Enter)</source>
        <translation>Lanjut ke pesan berikutnya (Enter)</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Main lagi</translation>
    </message>
    <message>
        <source>Play this scenario again</source>
        <translation>Mainkan skenario ini lagi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Close the game</source>
        <translation>Tutup permainan</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Pesan dari %1</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Balasan Anda</translation>
    </message>
    <message>
        <source>Good choice</source>
        <translation>Pilihan tepat</translation>
    </message>
    <message>
        <source>Risky choice</source>
        <translation>Pilihan berisiko</translation>
    </message>
    <message>
        <source>Safe ending</source>
        <translation>Akhir yang aman</translation>
    </message>
    <message>
        <source>Unsafe ending</source>
        <translation>Akhir yang tidak aman</translation>
    </message>
    <message numerus="yes">
        <source>Score: %1 of %n good replies</source>
        <translation>
            <numerusform>Skor: %1 dari %n balasan tepat</numerusform>
        </translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Baca selengkapnya</translation>
    </message>
    <message>
        <source>Steps on the checklist</source>
        <translation>Langkah di daftar periksa</translation>
    </message>
    <message>
        <source>Your reply (press a number key):</source>
        <translation>Pilih balasan (tekan tombol angka):</translation>
    </message>
    <message>
        <source>Read the feedback, then continue.</source>
        <translation>Baca tanggapannya, lalu lanjutkan.</translation>
    </message>
    <message>
        <source>The end. Talk about it together: what were the warning signs?</source>
        <translation>Tamat. Bicarakan bersama: apa saja tanda bahayanya?</translation>
    </message>
</context>
<context>
    <name>ScenarioPlayer</name>
    <message>
        <source>Scenario: %1</source>
        <translation>Skenario: %1</translation>
    </message>
    <message>
        <source>the whole family</source>
        <translation>seluruh keluarga</translation>
    </message>
    <message>
        <source>Playing: %1</source>
        <translation>Pemain: %1</translation>
    </message>
</context>
<context>
    <name>ScenariosView</name>
    <message>
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
    <message>
        <source>Scam scenarios</source>
        <translation>Skenario penipuan</translation>
    </message>
    <message>
        <source>Play these chats with your child: a stranger writes, you choose the reply together, and you see straight away which warning sign it was about. Recognising the pattern now makes it easier to stop when it happens for real.</source>
        <translation>Mainkan obrolan ini bersama anak Anda: orang asing mengirim pesan, Anda berdua memilih balasannya, dan langsung terlihat tanda bahaya apa yang sedang dibahas. Dengan mengenali polanya sekarang, akan lebih mudah untuk berhenti saat hal itu benar-benar terjadi.</translation>
    </message>
    <message>
        <source>&amp;Who is playing?</source>
        <translation>&amp;Siapa yang bermain?</translation>
    </message>
    <message>
        <source>Who is playing</source>
        <translation>Siapa yang bermain</translation>
    </message>
    <message>
        <source>No scenarios are installed.</source>
        <translation>Tidak ada skenario yang terpasang.</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>Seluruh keluarga</translation>
    </message>
    <message>
        <source>For ages %1</source>
        <translation>Untuk usia %1</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Seluruh keluarga</translation>
    </message>
    <message>
        <source>Not played yet.</source>
        <translation>Belum pernah dimainkan.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Mainkan</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>Mainkan %1</translation>
    </message>
    <message>
        <source>safe ending</source>
        <translation>akhir yang aman</translation>
    </message>
    <message>
        <source>unsafe ending</source>
        <translation>akhir yang tidak aman</translation>
    </message>
    <message>
        <source>%1: last time %2 of %3 good replies, %4</source>
        <translation>%1: terakhir kali %2 dari %3 balasan tepat, %4</translation>
    </message>
    <message numerus="yes">
        <source>played %n time(s)</source>
        <translation>
            <numerusform>dimainkan %n kali</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the parent PIN</source>
        <translation>Atur PIN orang tua</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;PIN atau frasa sandi:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulangi:</translation>
    </message>
    <message>
        <source>New PIN or passphrase</source>
        <translation>PIN atau frasa sandi baru</translation>
    </message>
    <message>
        <source>Repeat the new PIN or passphrase</source>
        <translation>Ulangi PIN atau frasa sandi baru</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language and country</source>
        <translation>Bahasa dan negara</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation>&amp;Negara atau wilayah:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Negara atau wilayah</translation>
    </message>
    <message>
        <source>Chooses the helplines shown in “Get help now” and how phone numbers are written</source>
        <translation>Menentukan layanan bantuan yang tampil di “Minta bantuan sekarang” dan cara penulisan nomor telepon</translation>
    </message>
    <message>
        <source>Run the first-time setup again…</source>
        <translation>Ulangi penyiapan awal…</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak-anak</translation>
    </message>
    <message>
        <source>&amp;Add child…</source>
        <translation>&amp;Tambah anak…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>U&amp;rungkan</translation>
    </message>
    <message>
        <source>Parent lock</source>
        <translation>Kunci orang tua</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>Hapus PIN…</translation>
    </message>
    <message>
        <source>Remove the parent PIN</source>
        <translation>Hapus PIN orang tua</translation>
    </message>
    <message>
        <source>Lock again after &amp;idle time:</source>
        <translation>Kunci lagi setelah tidak &amp;dipakai:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Minutes without use before the app locks again</source>
        <translation>Berapa menit tanpa dipakai sebelum aplikasi terkunci lagi</translation>
    </message>
    <message>
        <source>Remind me once a day when safety steps are due for review</source>
        <translation>Ingatkan saya sekali sehari jika ada langkah keamanan yang perlu ditinjau</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Not Alone keeps checked copies of your family&apos;s data in the backups folder: after changes (at most every 30 minutes) and when you close the app. The newest of each of the last 7 days and 4 weeks are kept.</source>
        <translation>Not Alone menyimpan salinan data keluarga Anda yang sudah diperiksa di folder cadangan: setelah ada perubahan (paling sering setiap 30 menit) dan saat aplikasi ditutup. Yang disimpan adalah salinan terbaru dari setiap hari selama 7 hari terakhir dan setiap minggu selama 4 minggu terakhir.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Pulihkan cadangan yang dipilih…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Pulihkan cadangan yang dipilih</translation>
    </message>
    <message>
        <source>Your family&apos;s data</source>
        <translation>Data keluarga Anda</translation>
    </message>
    <message>
        <source>Save everything in one file to move it to another computer, bring such a file back, or erase everything Not Alone keeps on this computer. The parent PIN is never saved in the file.</source>
        <translation>Simpan semuanya dalam satu file untuk dipindahkan ke komputer lain, kembalikan data dari file seperti itu, atau hapus semua yang disimpan Not Alone di komputer ini. PIN orang tua tidak pernah disimpan di file tersebut.</translation>
    </message>
    <message>
        <source>&amp;Save everything to a file…</source>
        <translation>&amp;Simpan semuanya ke file…</translation>
    </message>
    <message>
        <source>Save everything to a file</source>
        <translation>Simpan semuanya ke file</translation>
    </message>
    <message>
        <source>Bring back from a &amp;file…</source>
        <translation>Kembalikan dari &amp;file…</translation>
    </message>
    <message>
        <source>Bring back from a file</source>
        <translation>Kembalikan dari file</translation>
    </message>
    <message>
        <source>Erase all data…</source>
        <translation>Hapus semua data…</translation>
    </message>
    <message>
        <source>Erase all data</source>
        <translation>Hapus semua data</translation>
    </message>
    <message>
        <source>Run the first-time setup again</source>
        <translation>Ulangi penyiapan awal</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Tambah anak</translation>
    </message>
    <message>
        <source>Edit the selected child</source>
        <translation>Ubah data anak yang dipilih</translation>
    </message>
    <message>
        <source>Remove the selected child</source>
        <translation>Hapus anak yang dipilih</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Urungkan penghapusan</translation>
    </message>
    <message>
        <source>About Not Alone</source>
        <translation>Tentang Not Alone</translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation>Hapus anak</translation>
    </message>
    <message>
        <source>Remove %1 and their checklist progress?</source>
        <translation>Hapus %1 beserta kemajuan daftar periksanya?</translation>
    </message>
    <message>
        <source>You can undo this until you close Not Alone.</source>
        <translation>Anda masih bisa mengurungkannya selama Not Alone belum ditutup.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 sudah dihapus.</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Lisensi…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>How to check an installer…</source>
        <translation>Cara memeriksa file pemasang…</translation>
    </message>
    <message>
        <source>How to check an installer</source>
        <translation>Cara memeriksa file pemasang</translation>
    </message>
    <message>
        <source>Version %1. Everything you enter stays on this computer, in the folder %2. Not Alone never connects to the internet.</source>
        <translation>Versi %1. Semua yang Anda masukkan tetap tersimpan di komputer ini, di folder %2. Not Alone tidak pernah terhubung ke internet.</translation>
    </message>
    <message>
        <source>This app was given to you by %1</source>
        <translation>Aplikasi ini diberikan kepada Anda oleh %1</translation>
    </message>
    <message>
        <source>No PIN is set: everyone at this computer can change everything. With a PIN, Not Alone opens for the children (lessons, games and “Get help now”); changes ask for the PIN.</source>
        <translation>Belum ada PIN: siapa pun di komputer ini bisa mengubah apa saja. Dengan PIN, Not Alone terbuka untuk anak-anak (pelajaran, permainan, dan “Minta bantuan sekarang”); setiap perubahan meminta PIN.</translation>
    </message>
    <message>
        <source>Set a &amp;PIN…</source>
        <translation>&amp;Atur PIN…</translation>
    </message>
    <message>
        <source>A PIN is set. The app is locked: changes ask for the PIN.</source>
        <translation>PIN sudah diatur. Aplikasi terkunci: setiap perubahan meminta PIN.</translation>
    </message>
    <message>
        <source>A PIN is set. The app is unlocked until you lock it or leave it unused.</source>
        <translation>PIN sudah diatur. Aplikasi tetap terbuka sampai Anda menguncinya atau membiarkannya tidak dipakai.</translation>
    </message>
    <message>
        <source>The PIN stops someone at the keyboard; it does not encrypt the family&apos;s file on this computer.</source>
        <translation>PIN mencegah orang lain di depan komputer mengubah data; PIN tidak mengenkripsi file keluarga di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Change the PIN…</source>
        <translation>&amp;Ganti PIN…</translation>
    </message>
    <message>
        <source>This computer offers no password store (keyring). The PIN&apos;s fingerprint is kept in the family&apos;s data file instead; the PIN itself is never stored.</source>
        <translation>Komputer ini tidak punya penyimpanan sandi (keyring). Sebagai gantinya, sidik PIN disimpan di file data keluarga; PIN-nya sendiri tidak pernah disimpan.</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Hapus PIN</translation>
    </message>
    <message>
        <source>Remove the parent PIN?</source>
        <translation>Hapus PIN orang tua?</translation>
    </message>
    <message>
        <source>Everyone at this computer will be able to change everything again.</source>
        <translation>Siapa pun di komputer ini akan bisa mengubah apa saja lagi.</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>sebelum impor</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Cadangan tidak bisa dibuat: %1</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>Cadangan sudah dibuat.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Go back to the backup of %1?</source>
        <translation>Kembali ke cadangan dari %1?</translation>
    </message>
    <message>
        <source>The family&apos;s data as it is now is replaced by the backup. A copy of the data as it is now is kept in the backups first, so this can be undone.</source>
        <translation>Data keluarga saat ini akan diganti dengan cadangan tersebut. Salinan data saat ini disimpan dulu di folder cadangan, jadi langkah ini bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Cadangan tidak bisa dipulihkan: %1</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>Cadangan dari %1 sudah dipulihkan.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Dibatalkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Family archives (*.zip)</source>
        <translation>Arsip keluarga (*.zip)</translation>
    </message>
    <message>
        <source>Saving the family&apos;s data…</source>
        <translation>Menyimpan data keluarga…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>File tidak bisa disimpan: %1</translation>
    </message>
    <message>
        <source>Everything was saved to %1.</source>
        <translation>Semuanya sudah disimpan ke %1.</translation>
    </message>
    <message>
        <source>Family archives (*.zip);;All files (*)</source>
        <translation>Arsip keluarga (*.zip);;Semua file (*)</translation>
    </message>
    <message>
        <source>Add the family in the file to the family here?</source>
        <translation>Gabungkan data keluarga dari file ini dengan data keluarga di sini?</translation>
    </message>
    <message>
        <source>Children with the same nickname and birth year, and contacts with the same name and numbers, become one; for progress, the newer one counts. A backup is made first.</source>
        <translation>Anak dengan nama panggilan dan tahun lahir yang sama, serta kontak dengan nama dan nomor yang sama, akan digabung; untuk kemajuan, yang lebih baru yang dipakai. Cadangan dibuat lebih dulu.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Membaca file…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message>
        <source>The family&apos;s data was brought back from %1.</source>
        <translation>Data keluarga sudah dikembalikan dari %1.</translation>
    </message>
    <message>
        <source>It used content packs that are not installed here: %1. Install them under Content updates to see their items and lessons again; the family&apos;s progress on them is kept.</source>
        <translation>Keluarga ini memakai paket konten yang belum terpasang di sini: %1. Pasang paket itu di Pembaruan konten agar langkah dan pelajarannya muncul lagi; kemajuan keluarga tetap tersimpan.</translation>
    </message>
    <message>
        <source>Erase everything Not Alone keeps for this family on this computer?</source>
        <translation>Hapus semua yang disimpan Not Alone untuk keluarga ini di komputer ini?</translation>
    </message>
    <message>
        <source>The children, the checklist, the contacts, the notes, every backup and the logs are removed, and so is the PIN. This cannot be undone: save everything to a file first if you may want it back. Not Alone closes afterwards.</source>
        <translation>Data anak, daftar periksa, kontak, catatan, semua cadangan, dan log akan dihapus, begitu juga PIN-nya. Tindakan ini tidak bisa dibatalkan: simpan semuanya ke file dulu jika mungkin Anda ingin mengembalikannya. Setelah itu Not Alone akan ditutup.</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Hapus semuanya</translation>
    </message>
    <message>
        <source>Everything was erased. Not Alone will close now.</source>
        <translation>Semuanya sudah dihapus. Not Alone akan ditutup sekarang.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>disk penuh.</translation>
    </message>
    <message>
        <source>the folder cannot be written.</source>
        <translation>folder tidak bisa ditulisi.</translation>
    </message>
    <message>
        <source>the disk is full, or it reported an error.</source>
        <translation>disk penuh, atau disk melaporkan kesalahan.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>checked %1</source>
        <translation>diperiksa %1</translation>
    </message>
    <message>
        <source>Write your local emergency numbers here:</source>
        <translation>Tulis nomor darurat setempat di sini:</translation>
    </message>
</context>
<context>
    <name>StartLifeEventDialog</name>
    <message>
        <source>%1 (suggested for this age)</source>
        <translation>%1 (disarankan untuk usia ini)</translation>
    </message>
    <message>
        <source>Start a life-event checklist</source>
        <translation>Mulai daftar periksa peristiwa hidup</translation>
    </message>
    <message>
        <source>Which change is coming for %1? Its checklist is added below the others, with its own progress.</source>
        <translation>Perubahan apa yang akan dialami %1? Daftar periksanya ditambahkan di bawah daftar lain, dengan kemajuannya sendiri.</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Peristiwa hidup</translation>
    </message>
    <message>
        <source>Every life-event checklist is started already.</source>
        <translation>Semua daftar periksa peristiwa hidup sudah dimulai.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
</context>
<context>
    <name>VcardImport</name>
    <message>
        <source>The file is %1 MB. A contacts file can be at most 2 MB: export fewer contacts at a time.</source>
        <translation>Ukuran file ini %1 MB. File kontak paling besar 2 MB: ekspor kontaknya dalam beberapa bagian.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>File ini kosong.</translation>
    </message>
    <message>
        <source>This is not a contacts file. It looks like a picture or another kind of file.</source>
        <translation>Ini bukan file kontak. Sepertinya ini gambar atau jenis file lain.</translation>
    </message>
    <message>
        <source>The file is not in the UTF-8 encoding (from line %1). Export the contacts again as a UTF-8 vCard.</source>
        <translation>File ini tidak memakai encoding UTF-8 (mulai baris %1). Ekspor ulang kontaknya sebagai vCard UTF-8.</translation>
    </message>
    <message>
        <source>There are no contacts (vCards) in this file.</source>
        <translation>Tidak ada kontak (vCard) di file ini.</translation>
    </message>
    <message>
        <source>The file holds %1 contacts. At most %2 can be imported at once.</source>
        <translation>File ini berisi %1 kontak. Paling banyak %2 kontak bisa diimpor sekaligus.</translation>
    </message>
    <message>
        <source>This is not a contacts file but a device, a pipe or a folder. Choose the .vcf file itself.</source>
        <translation>Ini bukan file kontak, melainkan perangkat, pipe, atau folder. Pilih file .vcf-nya sendiri.</translation>
    </message>
    <message>
        <source>This file cannot be read as a list of contacts. It may be damaged: export the contacts again.</source>
        <translation>File ini tidak bisa dibaca sebagai daftar kontak. Mungkin file-nya rusak: ekspor ulang kontaknya.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a contact (from line %1), so it may be incomplete. Export the contacts again.</source>
        <translation>File ini terpotong di tengah sebuah kontak (mulai baris %1), jadi mungkin tidak lengkap. Ekspor ulang kontaknya.</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>File ini tidak bisa diimpor.</translation>
    </message>
    <message>
        <source>this contact has no END:VCARD line; it was skipped.</source>
        <translation>kontak ini tidak punya baris END:VCARD; kontak ini dilewati.</translation>
    </message>
    <message>
        <source>a field of %1 characters is too long; this contact was skipped.</source>
        <translation>ada isian sepanjang %1 karakter, terlalu panjang; kontak ini dilewati.</translation>
    </message>
    <message>
        <source>this line cannot be read; the contact was skipped.</source>
        <translation>baris ini tidak bisa dibaca; kontaknya dilewati.</translation>
    </message>
    <message>
        <source>this contact cannot be read; it was skipped.</source>
        <translation>kontak ini tidak bisa dibaca; kontak ini dilewati.</translation>
    </message>
    <message>
        <source>this contact has no name; it was skipped.</source>
        <translation>kontak ini tidak punya nama; kontak ini dilewati.</translation>
    </message>
    <message>
        <source>%1: the number “%2” was left out. %3</source>
        <translation>%1: nomor “%2” tidak dimasukkan. %3</translation>
    </message>
    <message>
        <source>%1 has no phone number that can be used; skipped.</source>
        <translation>%1 tidak punya nomor telepon yang bisa dipakai; dilewati.</translation>
    </message>
    <message>
        <source>%1 has %2 numbers; only the first %3 were kept.</source>
        <translation>%1 punya %2 nomor; hanya %3 nomor pertama yang disimpan.</translation>
    </message>
    <message>
        <source>%1 was skipped. %3</source>
        <translation>%1 dilewati. %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
</context>
<context>
    <name>VcardImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>%n kontak akan ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are already in your list.</source>
        <translation>
            <numerusform>%n kontak sudah ada di daftar Anda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; see below.</source>
        <translation>
            <numerusform>Ditemukan %n masalah; lihat di bawah.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Tidak ada kontak baru untuk diimpor.</translation>
    </message>
    <message>
        <source>&amp;Will be added:</source>
        <translation>&amp;Akan ditambahkan:</translation>
    </message>
    <message>
        <source>Contacts that will be added</source>
        <translation>Kontak yang akan ditambahkan</translation>
    </message>
    <message>
        <source>Already in your contacts (not added again):</source>
        <translation>Sudah ada di kontak Anda (tidak ditambahkan lagi):</translation>
    </message>
    <message>
        <source>Contacts already in your list</source>
        <translation>Kontak yang sudah ada di daftar Anda</translation>
    </message>
    <message>
        <source>&amp;Skipped or changed, and why:</source>
        <translation>&amp;Dilewati atau diubah, dan alasannya:</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Masalah yang ditemukan di file</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Import the contacts</source>
        <translation>Impor kontak-kontak ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Every release of Not Alone comes with a file named SHA256SUMS that lists a fingerprint (a SHA-256 checksum) of each installer, and a signature of that file (SHA256SUMS.asc or SHA256SUMS.minisig).</source>
        <translation>Setiap rilis Not Alone disertai berkas bernama SHA256SUMS yang memuat sidik jari (checksum SHA-256) setiap penginstal, beserta tanda tangan untuk berkas itu (SHA256SUMS.asc atau SHA256SUMS.minisig).</translation>
    </message>
    <message>
        <source>To check an installer, put it in one folder with SHA256SUMS and run, on Linux or macOS: sha256sum -c SHA256SUMS --ignore-missing (it must say OK). On Windows: certutil -hashfile followed by the installer&apos;s name and SHA256, then compare the result with its line in SHA256SUMS.</source>
        <translation>Untuk memeriksa penginstal, taruh penginstal itu dalam satu folder dengan SHA256SUMS, lalu jalankan di Linux atau macOS: sha256sum -c SHA256SUMS --ignore-missing (hasilnya harus OK). Di Windows: certutil -hashfile diikuti nama penginstal dan SHA256, lalu cocokkan hasilnya dengan barisnya di SHA256SUMS.</translation>
    </message>
    <message>
        <source>Then check the signature: gpg --verify SHA256SUMS.asc SHA256SUMS, or minisign -Vm SHA256SUMS -p with the public key. Take the key from the organisation that gave you the installer or from the project&apos;s release page, never from the same USB stick.</source>
        <translation>Lalu periksa tanda tangannya: gpg --verify SHA256SUMS.asc SHA256SUMS, atau minisign -Vm SHA256SUMS -p dengan kunci publiknya. Ambil kunci itu dari organisasi yang memberi Anda penginstal atau dari halaman rilis proyek, jangan pernah dari USB yang sama.</translation>
    </message>
    <message>
        <source>The release key&apos;s GnuPG fingerprint: %1</source>
        <translation>Sidik jari GnuPG kunci rilis: %1</translation>
    </message>
    <message>
        <source>The release key for minisign: %1</source>
        <translation>Kunci rilis untuk minisign: %1</translation>
    </message>
</context>
</TS>
