<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Family agreement</source>
        <translation>Familienvereinbarung</translation>
    </message>
    <message>
        <source>Made from the steps your family has ticked on the checklist and your children&apos;s ages. Read it together and change anything you like: the first line is the title, lines starting with “- ” are promises. Lines to sign follow on the printout.</source>
        <translation>Erstellt aus den Aufgaben, die Ihre Familie auf der Checkliste abgehakt hat, und dem Alter Ihrer Kinder. Lesen Sie sie gemeinsam und ändern Sie, was Sie möchten: Die erste Zeile ist der Titel, Zeilen, die mit „- “ beginnen, sind Versprechen. Die Zeilen zum Unterschreiben folgen auf dem Ausdruck.</translation>
    </message>
    <message>
        <source>The agreement&apos;s text</source>
        <translation>Text der Vereinbarung</translation>
    </message>
    <message>
        <source>Add the “3 Nos, 3 Musts” poster</source>
        <translation>Das Plakat „3 Neins und 3 Muss“ hinzufügen</translation>
    </message>
    <message>
        <source>Start again from the checklist</source>
        <translation>Neu aus der Checkliste erstellen</translation>
    </message>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>Drucken / Als PDF speichern…</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Replace the text with a new one made from the checklist? Your changes will be lost.</source>
        <translation>Den Text durch einen neuen aus der Checkliste ersetzen? Ihre Änderungen gehen verloren.</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ChecklistDetails</name>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So gehen Sie vor</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Ihr Stand</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>&amp;Offen</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Not &amp;applicable</source>
        <translation>&amp;Trifft nicht zu</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>What you did, what to remember next time…</source>
        <translation>Was Sie getan haben, woran Sie beim nächsten Mal denken möchten…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Aufgabe bearbeiten…</translation>
    </message>
    <message>
        <source>Delete item…</source>
        <translation>Aufgabe löschen…</translation>
    </message>
    <message>
        <source>Remove this life-event checklist…</source>
        <translation>Checkliste für dieses Lebensereignis entfernen…</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Mehr dazu</translation>
    </message>
    <message>
        <source>Child mode: writing a note asks for the parent PIN.</source>
        <translation>Kindermodus: Für eine Notiz wird die Eltern-PIN abgefragt.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Choose an item on the left to see why it matters and how to do it.</source>
        <translation>Wählen Sie links eine Aufgabe aus: Hier sehen Sie dann, warum sie wichtig ist und wie Sie vorgehen.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>This item is no longer in the checklist; your progress is kept.</source>
        <translation>Diese Aufgabe steht nicht mehr auf der Checkliste; Ihr Fortschritt bleibt erhalten.</translation>
    </message>
    <message>
        <source>Life event: %1</source>
        <translation>Lebensereignis: %1</translation>
    </message>
    <message>
        <source>Your own item</source>
        <translation>Ihre eigene Aufgabe</translation>
    </message>
    <message>
        <source>For ages: %1</source>
        <translation>Alter: %1</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <source>Due for review since %1</source>
        <translation>Zu überprüfen seit %1</translation>
    </message>
    <message>
        <source>Check again on %1</source>
        <translation>Wieder prüfen am %1</translation>
    </message>
    <message numerus="yes">
        <source>Once done, check again every %n day(s).</source>
        <translation>
            <numerusform>Wenn erledigt, jeden Tag wieder prüfen.</numerusform>
            <numerusform>Wenn erledigt, alle %n Tage wieder prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>ChecklistSheet</name>
    <message>
        <source>Family safety checklist</source>
        <translation>Sicherheits-Checkliste der Familie</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>Für die ganze Familie</translation>
    </message>
    <message>
        <source>Safety checklist for %1</source>
        <translation>Sicherheits-Checkliste für %1</translation>
    </message>
    <message>
        <source>Printed on %1. Done so far: %2 of %3.</source>
        <translation>Gedruckt am %1. Bisher erledigt: %2 von %3.</translation>
    </message>
    <message>
        <source>Tick each box when it is done.</source>
        <translation>Haken Sie jedes Kästchen ab, sobald die Aufgabe erledigt ist.</translation>
    </message>
    <message>
        <source>Not Alone: the checklist on paper. Keep it where the family can see it.</source>
        <translation>Not Alone: die Checkliste auf Papier. Bewahren Sie sie dort auf, wo die Familie sie sieht.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Safety checklist</source>
        <translation>Sicherheits-Checkliste</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Whose checklist</source>
        <translation>Wessen Checkliste</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Which items</source>
        <translation>Welche Aufgaben</translation>
    </message>
    <message>
        <source>Search the checklist</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Add your own item…</source>
        <translation>Eigene Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>Drucken / Als PDF speichern…</translation>
    </message>
    <message>
        <source>Start a life-event checklist…</source>
        <translation>Checkliste für ein Lebensereignis beginnen…</translation>
    </message>
    <message>
        <source>Something changing? A first phone, a new school, moving away: each has a short checklist.</source>
        <translation>Ändert sich etwas? Das erste Handy, eine neue Schule, ein Umzug: Für jedes gibt es eine kurze Checkliste.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checklist items. Space marks the current item done.</source>
        <translation>Aufgaben der Checkliste. Mit der Leertaste haken Sie die gewählte Aufgabe als erledigt ab.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Zu überprüfen</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Ganze Familie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Lebensereignisse</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Progress in %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <source>Life event: %1</source>
        <translation>Lebensereignis: %1</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Als erledigt markiert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Remove the life-event checklist “%1” with its ticks and notes?</source>
        <translation>Die Checkliste für das Lebensereignis „%1“ samt Haken und Notizen entfernen?</translation>
    </message>
    <message>
        <source>Remove checklist</source>
        <translation>Checkliste entfernen</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete your item “%1” and its progress?</source>
        <translation>Ihre Aufgabe „%1“ samt Fortschritt löschen?</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Edit child</source>
        <translation>Kind bearbeiten</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Kind hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Rufname:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Geburtsjahr:</translation>
    </message>
    <message>
        <source>Age group:</source>
        <translation>Altersgruppe:</translation>
    </message>
    <message>
        <source>A first name or nickname, as the family says it</source>
        <translation>Vorname oder Spitzname – so, wie die Familie das Kind ruft</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>A nickname can have at most %1 characters.</source>
        <translation>Ein Rufname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter a nickname for the child.</source>
        <translation>Geben Sie einen Rufnamen für das Kind ein.</translation>
    </message>
    <message>
        <source>Enter a birth year from %1 to %2.</source>
        <translation>Geben Sie ein Geburtsjahr von %1 bis %2 ein.</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Your children</source>
        <translation>Ihre Kinder</translation>
    </message>
    <message>
        <source>Add each child with a nickname and the year they were born. The checklist follows their age and moves on by itself every year. You can change this later in Settings.</source>
        <translation>Fügen Sie jedes Kind mit Rufnamen und Geburtsjahr hinzu. Die Checkliste richtet sich nach dem Alter und wächst jedes Jahr von selbst mit. Sie können das später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Rufname:</translation>
    </message>
    <message>
        <source>Born &amp;in:</source>
        <translation>Geburts&amp;jahr:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Children added</source>
        <translation>Hinzugefügte Kinder</translation>
    </message>
    <message>
        <source>Change the chosen child</source>
        <translation>Das ausgewählte Kind ändern</translation>
    </message>
    <message>
        <source>Remove the chosen child</source>
        <translation>Das ausgewählte Kind entfernen</translation>
    </message>
    <message>
        <source>A nickname can have at most %1 characters.</source>
        <translation>Ein Rufname darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter a nickname for the child.</source>
        <translation>Geben Sie einen Rufnamen für das Kind ein.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Not Alone: who to call</source>
        <translation>Not Alone: Wen rufe ich an?</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation>Diese Menschen kann ich anrufen</translation>
    </message>
    <message>
        <source>Write your local emergency numbers here:</source>
        <translation>Tragen Sie hier Ihre örtlichen Notrufnummern ein:</translation>
    </message>
    <message>
        <source>Real police never call or video-call you to ask for money or secrecy. Hang up and call home.</source>
        <translation>Echte Polizei verlangt nie per Anruf oder Videoanruf Geld oder Geheimhaltung. Auflegen und zu Hause anrufen.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Hilfetelefone in %1</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <source>In an emergency: who to call</source>
        <translation>Im Notfall: Wen rufen wir an?</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call the police: %1</source>
        <translation>Ist jemand gerade in Gefahr? Rufen Sie die Polizei: %1</translation>
    </message>
    <message>
        <source>Our trusted contacts</source>
        <translation>Unsere Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Vertrauensperson für</translation>
    </message>
    <message>
        <source>call these first</source>
        <translation>diese zuerst anrufen</translation>
    </message>
    <message>
        <source>Write the names and numbers of people your child can call:</source>
        <translation>Tragen Sie Namen und Nummern von Menschen ein, die Ihr Kind anrufen kann:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country. Write yours here:</source>
        <translation>Not Alone kennt für Ihr Land keine Hilfetelefone. Tragen Sie Ihre hier ein:</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Printed on %1 with Not Alone. Keep it where the whole family can see it.</source>
        <translation>Gedruckt am %1 mit Not Alone. Bewahren Sie das Blatt dort auf, wo die ganze Familie es sieht.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Geben Sie den Namen des Kontakts ein.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Ein Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The relationship can have at most %1 characters.</source>
        <translation>Die Beziehung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter at least one phone number.</source>
        <translation>Geben Sie mindestens eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>A contact can have at most %1 phone numbers.</source>
        <translation>Ein Kontakt kann höchstens %1 Telefonnummern haben.</translation>
    </message>
    <message>
        <source>“%2” contains letters. A phone number has only digits.</source>
        <translation>„%2“ enthält Buchstaben. Eine Telefonnummer besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>“%2” contains characters that are not part of a phone number.</source>
        <translation>„%2“ enthält Zeichen, die nicht zu einer Telefonnummer gehören.</translation>
    </message>
    <message>
        <source>This number has %3 digits. Phone numbers have at most 15.</source>
        <translation>Diese Nummer hat %3 Ziffern. Telefonnummern haben höchstens 15.</translation>
    </message>
    <message>
        <source>“%2” is not a phone number.</source>
        <translation>„%2“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>Start the number with + and the country code, for example +84 912 345 678.</source>
        <translation>Beginnen Sie die Nummer mit + und der Landesvorwahl, zum Beispiel +84 912 345 678.</translation>
    </message>
    <message>
        <source>“%2” is not a valid number in %4. A number from another country starts with + and its country code.</source>
        <translation>„%2“ ist keine gültige Nummer in diesem Land (%4). Eine Nummer aus einem anderen Land beginnt mit + und der Landesvorwahl.</translation>
    </message>
    <message>
        <source>“%2” is not an email address.</source>
        <translation>„%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This contact no longer exists. Close this window and look at the list again.</source>
        <translation>Diesen Kontakt gibt es nicht mehr. Schließen Sie dieses Fenster und sehen Sie noch einmal in die Liste.</translation>
    </message>
    <message>
        <source>This contact cannot be saved.</source>
        <translation>Dieser Kontakt kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Telefonnummer %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove phone number %1</source>
        <translation>Telefonnummer %1 entfernen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Add a trusted contact</source>
        <translation>Vertrauensperson hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Telefonnummern:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Trusted by:</source>
        <translation>Vertrauensperson für:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As your children know them, e.g. Grandma Hoa</source>
        <translation>So, wie Ihre Kinder die Person nennen, z. B. Oma Hoa</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>e.g. grandmother, neighbour, class teacher</source>
        <translation>z. B. Großmutter, Nachbarin, Klassenlehrer</translation>
    </message>
    <message>
        <source>&amp;Add another number</source>
        <translation>Weitere Nummer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add another phone number</source>
        <translation>Weitere Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional, e.g. “has a key to the flat”</source>
        <translation>Optional, z. B. „hat einen Wohnungsschlüssel“</translation>
    </message>
    <message>
        <source>Trusted by %1</source>
        <translation>Vertrauensperson für %1</translation>
    </message>
    <message>
        <source>Add your children in Settings to choose which of them trust this person.</source>
        <translation>Fügen Sie Ihre Kinder in den Einstellungen hinzu, dann können Sie hier auswählen, welche von ihnen dieser Person vertrauen.</translation>
    </message>
    <message>
        <source>P&amp;in: show first in “Get help now” and on the printed card</source>
        <translation>&amp;Anheften: oben in „Hilfe jetzt“ und auf der Kontaktkarte</translation>
    </message>
    <message>
        <source>Pin this contact</source>
        <translation>Diesen Kontakt anheften</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Saved as %1 (a number from another country)</source>
        <translation>Wird als %1 gespeichert (Nummer aus einem anderen Land)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Wird als %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Trusted contacts and helplines</source>
        <translation>Vertrauenspersonen und Hilfetelefone</translation>
    </message>
    <message>
        <source>The people your children can call when something feels wrong, and the numbers to call in a crisis. Pinned contacts come first in “Get help now” and on the printed card.</source>
        <translation>Die Menschen, die Ihre Kinder anrufen können, wenn sich etwas nicht richtig anfühlt, und die Nummern für den Notfall. Angeheftete Kontakte stehen in „Hilfe jetzt“ und auf der Kontaktkarte ganz oben.</translation>
    </message>
    <message>
        <source>Your family&apos;s trusted contacts</source>
        <translation>Die Vertrauenspersonen Ihrer Familie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Vertrauensperson für</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Trusted contacts</source>
        <translation>Vertrauenspersonen</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Ausgewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected contact</source>
        <translation>Ausgewählten Kontakt löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>Ausgewählten Kontakt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>Ausgewählten Kontakt nach unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import contacts from a vCard file</source>
        <translation>Kontakte aus einer vCard-Datei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the contacts as a vCard file</source>
        <translation>Kontakte als vCard-Datei exportieren</translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>&amp;Drucken / Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print the contact card</source>
        <translation>Kontaktkarte drucken</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Nicht angeheftet</translation>
    </message>
    <message>
        <source>Change the country…</source>
        <translation>Land ändern…</translation>
    </message>
    <message>
        <source>Change the country in Settings</source>
        <translation>Land in den Einstellungen ändern</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Strg+↑</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Strg+↓</translation>
    </message>
    <message>
        <source>Pinned lines come first in “Get help now”. Untick “Show” to leave a line out of it; the police number is always shown.</source>
        <translation>Angeheftete Nummern stehen in „Hilfe jetzt“ ganz oben. Entfernen Sie den Haken bei „Anzeigen“, um eine Nummer dort wegzulassen; die Nummer der Polizei wird immer angezeigt.</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country (%1) yet. In an emergency, call your local emergency number or the police.</source>
        <translation>Für Ihr Land (%1) kennt Not Alone noch keine Hilfetelefone. Rufen Sie im Notfall den örtlichen Notruf oder die Polizei an.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Hilfetelefone in %1</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>not confirmed recently</source>
        <translation>zuletzt nicht bestätigt</translation>
    </message>
    <message>
        <source>These details could not be confirmed at their source recently. If the line does not work, call the police.</source>
        <translation>Diese Angaben konnten zuletzt nicht bei der Quelle bestätigt werden. Wenn die Nummer nicht funktioniert, rufen Sie die Polizei an.</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Pin %1 (%2)</source>
        <translation>%1 (%2) anheften</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show %1 (%2) in Get help now</source>
        <translation>%1 (%2) in „Hilfe jetzt“ anzeigen</translation>
    </message>
    <message>
        <source>The police number is always shown.</source>
        <translation>Die Nummer der Polizei wird immer angezeigt.</translation>
    </message>
    <message>
        <source>No contacts yet: add the people your children can turn to, such as grandparents, a neighbour, a teacher or a friend&apos;s parent.</source>
        <translation>Noch keine Kontakte: Fügen Sie die Menschen hinzu, an die sich Ihre Kinder wenden können, etwa Großeltern, Nachbarn, eine Lehrkraft oder die Eltern von Freunden.</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>&amp;Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Unpin the selected contact</source>
        <translation>Ausgewählten Kontakt nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pi&amp;n</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>Pin the selected contact</source>
        <translation>Ausgewählten Kontakt anheften</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Delete %1 from your trusted contacts?</source>
        <translation>%1 aus Ihren Vertrauenspersonen löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 was pinned.</source>
        <translation>%1 wurde angeheftet.</translation>
    </message>
    <message>
        <source>%1 was unpinned.</source>
        <translation>%1 ist nicht mehr angeheftet.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktdateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>Ein Kontakt wurde importiert.</numerusform>
            <numerusform>%n Kontakte wurden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Contact files (*.vcf)</source>
        <translation>Kontaktdateien (*.vcf)</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) saved to %1.</source>
        <translation>
            <numerusform>Ein Kontakt wurde in %1 gespeichert.</numerusform>
            <numerusform>%n Kontakte wurden in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Where do you live?</source>
        <translation>Wo leben Sie?</translation>
    </message>
    <message>
        <source>This chooses the helplines shown in “Get help now” and how phone numbers are written.</source>
        <translation>Davon hängt ab, welche Hilfetelefone „Hilfe jetzt“ zeigt und wie Telefonnummern geschrieben werden.</translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation>&amp;Land oder Region:</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
</context>
<context>
    <name>CustomItemDialog</name>
    <message>
        <source>Edit your item</source>
        <translation>Eigene Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Add your own item</source>
        <translation>Eigene Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>For example: Check the tablet&apos;s YouTube history together</source>
        <translation>Zum Beispiel: Gemeinsam den YouTube-Verlauf auf dem Tablet ansehen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The details can have at most %1 characters.</source>
        <translation>Die Details dürfen höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter what to do.</source>
        <translation>Geben Sie ein, was zu tun ist.</translation>
    </message>
    <message>
        <source>Keep it to at most %1 characters.</source>
        <translation>Bitte höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Not Alone</source>
        <translation>Willkommen bei Not Alone</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Einrichtung überspringen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Leave the setup?</source>
        <translation>Einrichtung verlassen?</translation>
    </message>
    <message>
        <source>Leave the setup? The children and the PIN you entered are not saved.</source>
        <translation>Einrichtung verlassen? Die eingetragenen Kinder und die PIN werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Hierbleiben</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Discard your changes? What you changed here is not saved.</source>
        <translation>Änderungen verwerfen? Was Sie hier geändert haben, wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard this record? What you typed here is not saved.</source>
        <translation>Diesen Eintrag verwerfen? Was Sie hier eingegeben haben, wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Hilfe jetzt</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call the police: %1</source>
        <translation>Ist jemand gerade in Gefahr? Rufen Sie die Polizei: %1</translation>
    </message>
    <message>
        <source>If someone is in danger right now, call your local police.</source>
        <translation>Ist jemand gerade in Gefahr? Rufen Sie die Polizei vor Ort.</translation>
    </message>
    <message>
        <source>Stay calm. Do not send money, whatever anyone threatens. Keep every message and call log as evidence.</source>
        <translation>Bleiben Sie ruhig. Schicken Sie kein Geld, egal womit gedroht wird. Bewahren Sie alle Nachrichten und Anruflisten als Beweise auf.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close Get help now</source>
        <translation>„Hilfe jetzt“ schließen</translation>
    </message>
    <message>
        <source>Your trusted contacts</source>
        <translation>Ihre Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Your own contacts cannot be read right now. The helplines and first steps below work as always.</source>
        <translation>Ihre eigenen Kontakte können gerade nicht gelesen werden. Die Hilfetelefone und ersten Schritte unten funktionieren wie immer.</translation>
    </message>
    <message>
        <source>No pinned contacts yet. Pin the people you trust most in Contacts, and they appear here.</source>
        <translation>Noch keine angehefteten Kontakte. Heften Sie unter „Kontakte“ die Menschen an, denen Sie am meisten vertrauen – dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>No trusted contacts yet. Add them in Contacts, and they appear here.</source>
        <translation>Noch keine Vertrauenspersonen. Fügen Sie sie unter „Kontakte“ hinzu – dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>Helplines in %1</source>
        <translation>Hilfetelefone in %1</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <source>Not Alone has no helpline numbers for your country (%1). Call your local emergency number or the police, and follow the first steps below.</source>
        <translation>Für Ihr Land (%1) kennt Not Alone keine Hilfetelefone. Rufen Sie den örtlichen Notruf oder die Polizei an und folgen Sie den ersten Schritten unten.</translation>
    </message>
    <message>
        <source>Other people who can help</source>
        <translation>Weitere Menschen, die helfen können</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Text messages only</source>
        <translation>Nur per SMS</translation>
    </message>
    <message>
        <source>WhatsApp messages only</source>
        <translation>Nur per WhatsApp-Nachricht</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Stay calm, do not send money, keep every message as evidence, and call the police if anyone may be in danger.</source>
        <translation>Bleiben Sie ruhig, schicken Sie kein Geld, bewahren Sie alle Nachrichten als Beweise auf und rufen Sie die Polizei, wenn jemand in Gefahr sein könnte.</translation>
    </message>
    <message>
        <source>Your safety plan: who can reach your child</source>
        <translation>Ihr Sicherheitsplan: Wer Ihr Kind erreichen kann</translation>
    </message>
    <message>
        <source>To reach %1, call:</source>
        <translation>Um %1 zu erreichen, rufen Sie an:</translation>
    </message>
    <message>
        <source>No safety plan yet. Choose in the safety plan who can reach each child quickly: a roommate, a friend, a teacher, the landlord.</source>
        <translation>Noch kein Sicherheitsplan. Legen Sie im Sicherheitsplan fest, wer jedes Kind schnell erreichen kann: Mitbewohner, Freunde, eine Lehrkraft, die Vermieterin.</translation>
    </message>
    <message>
        <source>Open the safety plan</source>
        <translation>Sicherheitsplan öffnen</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Calling %1 with your calling app…</source>
        <translation>%1 wird über Ihre Telefon-App angerufen…</translation>
    </message>
    <message>
        <source>This computer has no app for phone calls. Dial %1 on your phone.</source>
        <translation>Auf diesem Computer gibt es keine App zum Telefonieren. Wählen Sie %1 auf Ihrem Handy.</translation>
    </message>
    <message>
        <source>Open in your web browser?</source>
        <translation>Im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>This needs an internet connection. Not Alone itself stays offline.</source>
        <translation>Dafür ist eine Internetverbindung nötig. Not Alone selbst bleibt offline.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not confirmed recently. If it does not work, call the police on %1.</source>
        <translation>Zuletzt nicht bestätigt. Wenn es nicht klappt, rufen Sie die Polizei unter %1 an.</translation>
    </message>
    <message>
        <source>Not confirmed recently. If it does not work, call the police.</source>
        <translation>Zuletzt nicht bestätigt. Wenn es nicht klappt, rufen Sie die Polizei an.</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>Kein Webbrowser konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Your family&apos;s online safety</source>
        <translation>Die Online-Sicherheit Ihrer Familie</translation>
    </message>
    <message>
        <source>Work through the checklist for each child, learn together with the lessons and games, and keep the numbers you need in a crisis one click away. Everything stays on this computer.</source>
        <translation>Gehen Sie die Checkliste für jedes Kind durch, lernen Sie gemeinsam mit den Lektionen und Spielen – und die Nummern für den Notfall sind immer nur einen Klick entfernt. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Progress of the whole family</source>
        <translation>Fortschritt der ganzen Familie</translation>
    </message>
    <message>
        <source>Add your children</source>
        <translation>Kinder hinzufügen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Everything on the checklist is done. Well done!</source>
        <translation>Alles auf der Checkliste ist erledigt. Gut gemacht!</translation>
    </message>
    <message>
        <source>Lesson of the week</source>
        <translation>Lektion der Woche</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Im Notfall</translation>
    </message>
    <message>
        <source>A call from “police” asking your child to keep a secret, a threat to share photos, a child who does not answer: the numbers to call and the first steps are here.</source>
        <translation>Ein Anruf der „Polizei“, die Ihr Kind zur Geheimhaltung drängt, eine Drohung, Fotos zu verbreiten, ein Kind, das sich nicht meldet: Hier finden Sie die wichtigen Nummern und die ersten Schritte.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Hilfe jetzt</translation>
    </message>
    <message>
        <source>Review them</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Show the items due for review</source>
        <translation>Die wieder zu überprüfenden Aufgaben zeigen</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>Who can reach each child quickly, a family code word, and calm steps for a ransom or “police” call. Also: the incident log and the family agreement.</source>
        <translation>Wer jedes Kind schnell erreichen kann, ein Familien-Codewort und ruhige Schritte bei einem Lösegeld- oder „Polizei“-Anruf. Außerdem: das Vorfallprotokoll und die Familienvereinbarung.</translation>
    </message>
    <message>
        <source>Open the safety plan</source>
        <translation>Sicherheitsplan öffnen</translation>
    </message>
    <message>
        <source>Whole family: %1 of %2 done</source>
        <translation>Ganze Familie: %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due for review</source>
        <translation>
            <numerusform>%n Aufgabe ist wieder zu überprüfen</numerusform>
            <numerusform>%n Aufgaben sind wieder zu überprüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans with people to call: %1 of %2.</source>
        <translation>Pläne mit Ansprechpersonen: %1 von %2.</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Ganze Familie</translation>
    </message>
    <message>
        <source>This app was given to you by %1</source>
        <translation>Diese App haben Sie von %1 erhalten</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logo von %1</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Change the entry</source>
        <translation>Eintrag ändern</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Vorfall festhalten</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Platform, app or number:</source>
        <translation>&amp;Plattform, App oder Nummer:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>Was ist &amp;geschehen:</translation>
    </message>
    <message>
        <source>Who was &amp;told:</source>
        <translation>Wer wurde &amp;informiert:</translation>
    </message>
    <message>
        <source>&amp;Reports made:</source>
        <translation>Erstattete &amp;Meldungen:</translation>
    </message>
    <message>
        <source>Where the &amp;evidence is kept:</source>
        <translation>Wo die &amp;Beweise liegen:</translation>
    </message>
    <message>
        <source>For example: Zalo, TikTok, a phone number</source>
        <translation>Zum Beispiel: Zalo, TikTok, eine Telefonnummer</translation>
    </message>
    <message>
        <source>In your own words: what happened, when, and what was asked for</source>
        <translation>In Ihren eigenen Worten: was passiert ist, wann, und was verlangt wurde</translation>
    </message>
    <message>
        <source>For example: the class teacher, the bank, the police</source>
        <translation>Zum Beispiel: die Klassenlehrerin, die Bank, die Polizei</translation>
    </message>
    <message>
        <source>Where you reported it, and any reference or case number</source>
        <translation>Wo Sie es gemeldet haben, mit Akten- oder Vorgangsnummer</translation>
    </message>
    <message>
        <source>For example: screenshots on Mum&apos;s phone, printed messages in the desk drawer</source>
        <translation>Zum Beispiel: Screenshots auf Mamas Handy, ausgedruckte Nachrichten in der Schreibtischschublade</translation>
    </message>
    <message>
        <source>The whole family, or nobody in particular</source>
        <translation>Die ganze Familie oder niemand Bestimmtes</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Enter a date from %1 on.</source>
        <translation>Geben Sie ein Datum ab dem %1 ein.</translation>
    </message>
    <message>
        <source>Choose what kind of incident it was.</source>
        <translation>Wählen Sie aus, welche Art von Vorfall es war.</translation>
    </message>
    <message>
        <source>This child is no longer in the family.</source>
        <translation>Dieses Kind gehört nicht mehr zur Familie.</translation>
    </message>
    <message>
        <source>Describe what happened: a few words are enough.</source>
        <translation>Beschreiben Sie, was passiert ist: Ein paar Worte genügen.</translation>
    </message>
    <message>
        <source>This field can have at most %1 characters.</source>
        <translation>Dieses Feld darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>IncidentSheet</name>
    <message>
        <source>Incident report</source>
        <translation>Bericht über einen Vorfall</translation>
    </message>
    <message>
        <source>Written down by the family with Not Alone, to hand to the police, a scam-reporting centre or a school.</source>
        <translation>Von der Familie mit Not Alone aufgeschrieben, zur Vorlage bei der Polizei, einer Beratungsstelle für Betrugsopfer oder der Schule.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who it happened to</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>Die Familie</translation>
    </message>
    <message>
        <source>%1, age group %2</source>
        <translation>%1, Altersgruppe %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Platform, app or number</source>
        <translation>Plattform, App oder Nummer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Wer informiert wurde</translation>
    </message>
    <message>
        <source>Reports made and their reference numbers</source>
        <translation>Erstattete Meldungen und Aktenzeichen</translation>
    </message>
    <message>
        <source>Where the evidence is kept</source>
        <translation>Wo die Beweise liegen</translation>
    </message>
    <message>
        <source>(not written down)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>No files or images are attached to this report; the evidence is where the family says it is kept.</source>
        <translation>Diesem Bericht sind keine Dateien oder Bilder beigefügt; die Beweise liegen dort, wo die Familie es angibt.</translation>
    </message>
    <message>
        <source>Printed on %1. Entry last changed on %2.</source>
        <translation>Gedruckt am %1. Eintrag zuletzt geändert am %2.</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Online kidnapping or fake “police”</source>
        <translation>„Online-Entführung“ oder falsche „Polizei“</translation>
    </message>
    <message>
        <source>Threats to share intimate images (sextortion)</source>
        <translation>Drohung, intime Bilder zu verbreiten (Sextortion)</translation>
    </message>
    <message>
        <source>Scam or fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Cyberbullying</source>
        <translation>Cybermobbing</translation>
    </message>
    <message>
        <source>Grooming by an adult</source>
        <translation>Cybergrooming durch einen Erwachsenen</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Record the numbers and accounts that called or wrote, the names and titles the callers used, the times of the calls, every demand for money with the bank account numbers given, what your child was told to do (install an app, rent a room, buy a SIM, keep it secret), and when you reached your child.</source>
        <translation>Notieren Sie die Nummern und Konten, die angerufen oder geschrieben haben, die Namen und Titel, die die Anrufer nannten, die Uhrzeiten der Anrufe, jede Geldforderung mit den angegebenen Kontonummern, was Ihr Kind tun sollte (eine App installieren, ein Zimmer mieten, eine SIM-Karte kaufen, es geheim halten) und wann Sie Ihr Kind erreicht haben.</translation>
    </message>
    <message>
        <source>Record the account names and links of the person threatening, the platform, when contact began, what they demand (money, more images) and by when, and any payment details they gave. Describe any image in words only.</source>
        <translation>Notieren Sie die Kontonamen und Links der Person, die droht, die Plattform, wann der Kontakt begann, was gefordert wird (Geld, weitere Bilder) und bis wann, sowie alle angegebenen Zahlungsdaten. Beschreiben Sie Bilder nur in Worten.</translation>
    </message>
    <message>
        <source>Record the website, account or phone number, what was promised, and every payment: date, amount, bank and transaction reference. If money went out, call the bank at once to try to stop it.</source>
        <translation>Notieren Sie die Website, das Konto oder die Telefonnummer, was versprochen wurde, und jede Zahlung: Datum, Betrag, Bank und Transaktionsnummer. Ist Geld abgeflossen, rufen Sie sofort die Bank an, um die Zahlung möglichst zu stoppen.</translation>
    </message>
    <message>
        <source>Record the account names involved, where it happened (the app, the group&apos;s name), the dates, what was said or posted, who saw it, and what the school has been told.</source>
        <translation>Notieren Sie die beteiligten Kontonamen, wo es passiert ist (die App, der Name der Gruppe), die Daten, was gesagt oder gepostet wurde, wer es gesehen hat und was die Schule schon weiß.</translation>
    </message>
    <message>
        <source>Record the account names and links, the apps used, when contact began, any gifts or money offered, and every request for secrecy, photos or a meeting. Describe any image in words only.</source>
        <translation>Notieren Sie die Kontonamen und Links, die genutzten Apps, wann der Kontakt begann, angebotene Geschenke oder Geld und jede Bitte um Geheimhaltung, Fotos oder ein Treffen. Beschreiben Sie Bilder nur in Worten.</translation>
    </message>
    <message>
        <source>Record what happened and when, the accounts, numbers or websites involved, any money lost, and who you have told.</source>
        <translation>Notieren Sie, was wann passiert ist, die beteiligten Konten, Nummern oder Websites, verlorenes Geld und wem Sie es erzählt haben.</translation>
    </message>
    <message>
        <source>Never save, screenshot or forward sexual images of a child, not even as evidence: holding them can itself be a crime. Report them to the police or the platform, and write down only where they were seen.</source>
        <translation>Speichern, fotografieren oder leiten Sie sexuelle Bilder eines Kindes nie weiter, auch nicht als Beweis: Schon der Besitz kann strafbar sein. Melden Sie sie der Polizei oder der Plattform und notieren Sie nur, wo sie zu sehen waren.</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Write down what happened while you still remember the details: the police, a scam centre or the school will ask for dates, accounts and reference numbers. Files and images are never stored here; note where the evidence is kept.</source>
        <translation>Schreiben Sie auf, was passiert ist, solange Sie sich noch an die Einzelheiten erinnern: Polizei, Beratungsstelle oder Schule fragen nach Daten, Konten und Aktenzeichen. Dateien und Bilder werden hier nie gespeichert; notieren Sie, wo die Beweise liegen.</translation>
    </message>
    <message>
        <source>Nothing recorded yet. We hope it stays that way.</source>
        <translation>Noch nichts festgehalten. Hoffentlich bleibt es so.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Incidents recorded, the most recent first</source>
        <translation>Festgehaltene Vorfälle, der neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Record an incident…</source>
        <translation>Vorfall &amp;festhalten…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Vorfall festhalten</translation>
    </message>
    <message>
        <source>Change the chosen entry</source>
        <translation>Ausgewählten Eintrag ändern</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Save the chosen entry as a PDF</source>
        <translation>Ausgewählten Eintrag als PDF speichern</translation>
    </message>
    <message>
        <source>Print the chosen entry</source>
        <translation>Ausgewählten Eintrag drucken</translation>
    </message>
    <message>
        <source>What a report will ask for</source>
        <translation>Was bei einer Meldung gefragt wird</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Platform, app or number</source>
        <translation>Plattform, App oder Nummer</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Wer informiert wurde</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Erstattete Meldungen</translation>
    </message>
    <message>
        <source>Where the evidence is kept</source>
        <translation>Wo die Beweise liegen</translation>
    </message>
    <message>
        <source>Delete the entry of %1 (%2)? This cannot be undone.</source>
        <translation>Den Eintrag von %1 (%2) löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another folder.</source>
        <translation>Das PDF konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>under 6</source>
        <translation>unter 6</translation>
    </message>
    <message>
        <source>6 to 9</source>
        <translation>6 bis 9</translation>
    </message>
    <message>
        <source>10 to 12</source>
        <translation>10 bis 12</translation>
    </message>
    <message>
        <source>13 to 15</source>
        <translation>13 bis 15</translation>
    </message>
    <message>
        <source>16 to 17</source>
        <translation>16 bis 17</translation>
    </message>
    <message>
        <source>18 to 22</source>
        <translation>18 bis 22</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n year(s) (%3)</source>
        <translation>
            <numerusform>%1, %n Jahr (%3)</numerusform>
            <numerusform>%1, %n Jahre (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet translated</source>
        <translation>noch nicht übersetzt</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Not Alone helps you keep your children safe online: a checklist for each child, the numbers to call in a crisis, and lessons and games to share. Everything stays on this computer. Setting up takes a minute.</source>
        <translation>Not Alone hilft Ihnen, Ihre Kinder im Netz zu schützen: mit einer Checkliste für jedes Kind, den Nummern für den Notfall und mit Lektionen und Spielen für die ganze Familie. Alles bleibt auf diesem Computer. Die Einrichtung dauert nur eine Minute.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Open a web page?</source>
        <translation>Webseite öffnen?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LessonSheet</name>
    <message>
        <source>For ages %1</source>
        <translation>Alter: %1</translation>
    </message>
    <message>
        <source>Steps on the checklist</source>
        <translation>Aufgaben auf der Checkliste</translation>
    </message>
    <message>
        <source>Our note</source>
        <translation>Unsere Notiz</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>There is no lesson called &apos;%1&apos;.</source>
        <translation>Es gibt keine Lektion namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message>
        <source>Devices and accounts</source>
        <translation>Geräte und Konten</translation>
    </message>
    <message>
        <source>Privacy and sharing</source>
        <translation>Privatsphäre und Teilen</translation>
    </message>
    <message>
        <source>Strangers and grooming</source>
        <translation>Fremde und Cybergrooming</translation>
    </message>
    <message>
        <source>Online kidnapping and impersonation scams</source>
        <translation>„Online-Entführung“ und Betrug mit falschen Identitäten</translation>
    </message>
    <message>
        <source>Money and fraud</source>
        <translation>Geld und Betrug</translation>
    </message>
    <message>
        <source>Wellbeing and screen time</source>
        <translation>Wohlbefinden und Bildschirmzeit</translation>
    </message>
    <message>
        <source>Talking and trust</source>
        <translation>Gespräche und Vertrauen</translation>
    </message>
    <message>
        <source>What to do in an emergency</source>
        <translation>Was im Notfall zu tun ist</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Short lessons to read together: how scams and “online kidnapping” work, the warning signs, and what to say to your child. Each takes a few minutes.</source>
        <translation>Kurze Lektionen zum gemeinsamen Lesen: wie Betrug und „Online-Entführung“ ablaufen, welche Warnzeichen es gibt und was Sie Ihrem Kind sagen können. Jede dauert nur wenige Minuten.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Words to find, for example: scam, password</source>
        <translation>Suchbegriffe, zum Beispiel: Betrug, Passwort</translation>
    </message>
    <message>
        <source>Search the lessons</source>
        <translation>Lektionen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Show lessons on this topic</source>
        <translation>Lektionen zu diesem Thema zeigen</translation>
    </message>
    <message>
        <source>&amp;Favourites only</source>
        <translation>Nur &amp;Favoriten</translation>
    </message>
    <message>
        <source>Show favourite lessons only</source>
        <translation>Nur Lieblingslektionen zeigen</translation>
    </message>
    <message>
        <source>← All lessons</source>
        <translation>← Alle Lektionen</translation>
    </message>
    <message>
        <source>Back to all lessons</source>
        <translation>Zurück zu allen Lektionen</translation>
    </message>
    <message>
        <source>Back to all lessons (Alt+Left)</source>
        <translation>Zurück zu allen Lektionen (Alt+←)</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Kleinere Schrift (Strg+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Larger text (Ctrl+=)</source>
        <translation>Größere Schrift (Strg+=)</translation>
    </message>
    <message>
        <source>Print or save as PDF…</source>
        <translation>Drucken oder als PDF speichern…</translation>
    </message>
    <message>
        <source>Print the lesson or save it as PDF</source>
        <translation>Lektion drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Text der Lektion</translation>
    </message>
    <message>
        <source>This lesson is shown in English because it has no text in your language yet.</source>
        <translation>Diese Lektion erscheint auf Englisch, weil es sie in Ihrer Sprache noch nicht gibt.</translation>
    </message>
    <message>
        <source>Steps on the checklist</source>
        <translation>Aufgaben auf der Checkliste</translation>
    </message>
    <message>
        <source>This lesson has no related checklist steps.</source>
        <translation>Zu dieser Lektion gibt es keine passenden Aufgaben auf der Checkliste.</translation>
    </message>
    <message>
        <source>&amp;Our note</source>
        <translation>&amp;Unsere Notiz</translation>
    </message>
    <message>
        <source>What we talked about, what we agreed…</source>
        <translation>Worüber wir gesprochen haben, was wir vereinbart haben…</translation>
    </message>
    <message>
        <source>Our note on this lesson</source>
        <translation>Unsere Notiz zu dieser Lektion</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ Gelesen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>You have read this lesson</source>
        <translation>Sie haben diese Lektion gelesen</translation>
    </message>
    <message>
        <source>Mark this lesson as read</source>
        <translation>Diese Lektion als gelesen markieren</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>☆ Add to favourites</source>
        <translation>☆ Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n gelesen</numerusform>
            <numerusform>%n gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No lesson matches your search. Try fewer or shorter words.</source>
        <translation>Keine Lektion passt zu Ihrer Suche. Versuchen Sie es mit weniger oder kürzeren Wörtern.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>No favourite lessons yet: open a lesson and add it to your favourites to find it here.</source>
        <translation>Noch keine Lieblingslektionen: Öffnen Sie eine Lektion und fügen Sie sie zu den Favoriten hinzu, dann finden Sie sie hier.</translation>
    </message>
    <message>
        <source>Show all lessons</source>
        <translation>Alle Lektionen zeigen</translation>
    </message>
    <message>
        <source>No lesson matches these filters.</source>
        <translation>Keine Lektion passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No lessons are installed.</source>
        <translation>Es sind keine Lektionen installiert.</translation>
    </message>
    <message>
        <source>This lesson is not available.</source>
        <translation>Diese Lektion ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>For ages %1</source>
        <translation>Alter: %1</translation>
    </message>
    <message>
        <source>Opens this step in the checklist</source>
        <translation>Öffnet diese Aufgabe in der Checkliste</translation>
    </message>
    <message>
        <source>Open this step in the checklist</source>
        <translation>Diese Aufgabe in der Checkliste öffnen</translation>
    </message>
    <message>
        <source>This link cannot be opened from Not Alone.</source>
        <translation>Dieser Link lässt sich in Not Alone nicht öffnen.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The note could not be saved.</source>
        <translation>Die Notiz konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n Lektion</numerusform>
            <numerusform>%n Lektionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) found</source>
        <translation>
            <numerusform>%n Lektion gefunden</numerusform>
            <numerusform>%n Lektionen gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Bestandteile</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>The licence texts could not be found. They are gathered when the installers are built, and this copy of Not Alone seems to run from its source code. Not Alone is free software under the Apache License 2.0; Qt and PySide6 are used under the GNU LGPL 3.0.</source>
        <translation>Die Lizenztexte wurden nicht gefunden. Sie werden beim Erstellen der Installationsprogramme zusammengestellt, und diese Kopie von Not Alone läuft offenbar direkt aus dem Quellcode. Not Alone ist freie Software unter der Apache-Lizenz 2.0; Qt und PySide6 werden unter der GNU LGPL 3.0 verwendet.</translation>
    </message>
    <message>
        <source>Not Alone is free software under the Apache License 2.0. It comes with the programs and libraries below, each under its own licence. Choose one to read its licence.</source>
        <translation>Not Alone ist freie Software unter der Apache-Lizenz 2.0. Dazu gehören die Programme und Bibliotheken unten, jede mit ihrer eigenen Lizenz. Wählen Sie einen Eintrag, um seine Lizenz zu lesen.</translation>
    </message>
    <message>
        <source>This copy of Not Alone runs from its source code, so only what the installed libraries say about themselves is shown. The installers carry every licence text in full.</source>
        <translation>Diese Kopie von Not Alone läuft aus dem Quellcode, daher steht hier nur, was die installierten Bibliotheken über sich selbst angeben. Die Installationsprogramme enthalten jeden Lizenztext vollständig.</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quellcode: %1</translation>
    </message>
    <message>
        <source>No licence text was found for this component; its licence is named above.</source>
        <translation>Für diesen Bestandteil wurde kein Lizenztext gefunden; seine Lizenz ist oben genannt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Not Alone</source>
        <translation>Not Alone</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Child mode: enter the parent PIN to change things (Ctrl+L)</source>
        <translation>Kindermodus: Geben Sie die Eltern-PIN ein, um etwas zu ändern (Strg+L)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Back to child mode: changes need the parent PIN (Ctrl+L)</source>
        <translation>Zurück in den Kindermodus: Änderungen brauchen die Eltern-PIN (Strg+L)</translation>
    </message>
    <message>
        <source>Child mode</source>
        <translation>Kindermodus</translation>
    </message>
    <message>
        <source>Parent mode</source>
        <translation>Elternmodus</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Hilfe jetzt</translation>
    </message>
    <message>
        <source>Emergency numbers and first steps (F1)</source>
        <translation>Notrufnummern und erste Schritte (F1)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Opening your family&apos;s data…</source>
        <translation>Die Daten Ihrer Familie werden geöffnet…</translation>
    </message>
</context>
<context>
    <name>MonthSheet</name>
    <message>
        <source>This month: %1</source>
        <translation>Diesen Monat: %1</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Alter: %1</translation>
    </message>
    <message>
        <source>The most important things to do now for %1. Tick each box when it is done; the rest of the checklist is in Not Alone.</source>
        <translation>Das Wichtigste, was jetzt für %1 zu tun ist. Haken Sie jedes Kästchen ab, sobald es erledigt ist; den Rest der Checkliste finden Sie in Not Alone.</translation>
    </message>
    <message>
        <source>Time to check again: done on %1</source>
        <translation>Zeit für eine neue Prüfung: erledigt am %1</translation>
    </message>
    <message>
        <source>for the whole family</source>
        <translation>für die ganze Familie</translation>
    </message>
    <message>
        <source>Everything on the checklist for %1 is done or set aside. Well done! Look again next month.</source>
        <translation>Alles auf der Checkliste für %1 ist erledigt oder zurückgestellt. Gut gemacht! Schauen Sie nächsten Monat wieder hinein.</translation>
    </message>
    <message>
        <source>Family code word:</source>
        <translation>Familien-Codewort:</translation>
    </message>
    <message>
        <source>ask for it on every call about money or danger. It is not printed here, on purpose.</source>
        <translation>Fragen Sie bei jedem Anruf danach, in dem es um Geld oder Gefahr geht. Es steht absichtlich nicht auf diesem Blatt.</translation>
    </message>
    <message>
        <source>not chosen yet. Agree one together and keep it in the safety plan in Not Alone.</source>
        <translation>noch nicht gewählt. Vereinbaren Sie gemeinsam eines und halten Sie es im Sicherheitsplan in Not Alone fest.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Im Notfall</translation>
    </message>
    <message>
        <source>Printed on %1 with Not Alone.</source>
        <translation>Gedruckt am %1 mit Not Alone.</translation>
    </message>
</context>
<context>
    <name>PackOrigin</name>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>PacksCard</name>
    <message>
        <source>Content updates</source>
        <translation>Inhalte aktualisieren</translation>
    </message>
    <message>
        <source>Organisations you trust can bring new lessons, checklist items, helplines and even languages, without the internet: as a content pack, a file they hand you on a USB stick.</source>
        <translation>Organisationen, denen Sie vertrauen, können neue Lektionen, Punkte für die Checkliste, Hilfetelefone und sogar Sprachen bringen, ganz ohne Internet: als Inhaltspaket, eine Datei, die sie Ihnen auf einem USB-Stick geben.</translation>
    </message>
    <message>
        <source>Install a content pac&amp;k from a file…</source>
        <translation>Inhalts&amp;paket aus einer Datei installieren…</translation>
    </message>
    <message>
        <source>Install a content pack from a file</source>
        <translation>Inhaltspaket aus einer Datei installieren</translation>
    </message>
    <message>
        <source>No content packs are installed.</source>
        <translation>Es sind keine Inhaltspakete installiert.</translation>
    </message>
    <message>
        <source>Version %1 of %2, by %3</source>
        <translation>Version %1 vom %2, von %3</translation>
    </message>
    <message>
        <source>Installed for every user of this computer; only an administrator can remove it.</source>
        <translation>Für alle Benutzer dieses Computers installiert; nur ein Administrator kann es entfernen.</translation>
    </message>
    <message>
        <source>From a publisher this app trusts.</source>
        <translation>Von einem Herausgeber, dem diese App vertraut.</translation>
    </message>
    <message>
        <source>From a publisher this app does not know (key %1): its content is marked “from %2” wherever it is shown.</source>
        <translation>Von einem Herausgeber, den diese App nicht kennt (Schlüssel %1): Seine Inhalte sind überall mit „von %2“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>Not used: %1. Install the pack again, or remove it.</source>
        <translation>Nicht verwendet: %1. Installieren Sie das Paket erneut oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Show what it adds and changes</source>
        <translation>Zeigen, was es hinzufügt und ändert</translation>
    </message>
    <message>
        <source>Show what %1 adds and changes</source>
        <translation>Zeigen, was %1 hinzufügt und ändert</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>It adds:</source>
        <translation>Es fügt hinzu:</translation>
    </message>
    <message>
        <source>It changes:</source>
        <translation>Es ändert:</translation>
    </message>
    <message>
        <source>Only the interface in a new language.</source>
        <translation>Nur die Oberfläche in einer neuen Sprache.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punkt der Checkliste</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Hilfetelefon</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Lebensereignis</translation>
    </message>
    <message>
        <source>Checklist section</source>
        <translation>Abschnitt der Checkliste</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>Familienvereinbarung</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>Install a content pack</source>
        <translation>Inhaltspaket installieren</translation>
    </message>
    <message>
        <source>Content packs (*.zip);;All files (*)</source>
        <translation>Inhaltspakete (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the pack&apos;s signature and content…</source>
        <translation>Signatur und Inhalt des Pakets werden geprüft…</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>es wurde abgebrochen</translation>
    </message>
    <message>
        <source>The pack was not installed: %1. Nothing was changed.</source>
        <translation>Das Paket wurde nicht installiert: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is already installed; nothing was changed.</source>
        <translation>%1 ist bereits installiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The pack was not installed. Nothing was changed.</source>
        <translation>Das Paket wurde nicht installiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 (version %2) is installed. Its content is in Not Alone now.</source>
        <translation>%1 (Version %2) ist installiert. Seine Inhalte sind jetzt in Not Alone.</translation>
    </message>
    <message>
        <source>Install %1, version %2, by %3?</source>
        <translation>%1, Version %2, von %3 installieren?</translation>
    </message>
    <message>
        <source>This pack comes from a publisher this app does not know: %1.</source>
        <translation>Dieses Paket stammt von einem Herausgeber, den diese App nicht kennt: %1.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1

Install it only if you got it from %2 yourself; if you can, compare the fingerprint with them. Its lessons, checklist items and helplines will be marked “from %2”.

Install %3?</source>
        <translation>Fingerabdruck des Schlüssels: %1

Installieren Sie es nur, wenn Sie es selbst von %2 bekommen haben; vergleichen Sie den Fingerabdruck wenn möglich mit ihnen. Seine Lektionen, Punkte der Checkliste und Hilfetelefone werden mit „von %2“ gekennzeichnet.

%3 installieren?</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>%1 was removed. Your progress on its items and lessons is kept.</source>
        <translation>%1 wurde entfernt. Ihr Fortschritt bei seinen Punkten und Lektionen bleibt erhalten.</translation>
    </message>
    <message>
        <source>Remove a content pack</source>
        <translation>Inhaltspaket entfernen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Its lessons, checklist items and helplines leave Not Alone. Your ticks, notes and reading on them are kept, and come back if you install the pack again.</source>
        <translation>Seine Lektionen, Punkte der Checkliste und Hilfetelefone verschwinden aus Not Alone. Ihre Häkchen, Notizen und Ihr Lesefortschritt bleiben erhalten und kommen zurück, wenn Sie das Paket wieder installieren.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>Eine PIN hat mindestens 4 Ziffern.</translation>
    </message>
    <message>
        <source>Enter a PIN of 4 to 8 digits, or a passphrase of 8 or more characters.</source>
        <translation>Geben Sie eine PIN aus 4 bis 8 Ziffern oder eine Passphrase aus mindestens 8 Zeichen ein.</translation>
    </message>
    <message>
        <source>Use 4 to 8 digits, or a passphrase of at least 8 characters.</source>
        <translation>Verwenden Sie 4 bis 8 Ziffern oder eine Passphrase aus mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>A passphrase can have at most 256 characters.</source>
        <translation>Eine Passphrase darf höchstens 256 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The system&apos;s password store did not save the PIN (it may be locked, or the request was cancelled). Nothing was changed.</source>
        <translation>Der Passwortspeicher des Systems hat die PIN nicht gespeichert (vielleicht ist er gesperrt oder die Anfrage wurde abgebrochen). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Try again in %1 minutes.</source>
        <translation>Zu viele falsche Versuche. Versuchen Sie es in %1 Minuten erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Versuche. Versuchen Sie es in einer Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Eltern-PIN</translation>
    </message>
    <message>
        <source>Parents only</source>
        <translation>Nur für Eltern</translation>
    </message>
    <message>
        <source>Changing the checklist, the contacts, the children or the settings needs the parent PIN. Lessons, games and “Get help now” stay open for everyone.</source>
        <translation>Um die Checkliste, die Kontakte, die Kinder oder die Einstellungen zu ändern, ist die Eltern-PIN nötig. Lektionen, Spiele und „Hilfe jetzt“ bleiben für alle offen.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;PIN oder Passphrase:</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN oder Passphrase</translation>
    </message>
    <message>
        <source>&amp;Forgot the PIN? Use the recovery code…</source>
        <translation>PIN &amp;vergessen? Wiederherstellungscode verwenden…</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the recovery code</source>
        <translation>PIN vergessen? Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Reset the PIN</source>
        <translation>PIN zurücksetzen</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the PIN was set (4 groups of 4 letters and digits), then choose a new PIN.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie beim Festlegen der PIN notiert haben (4 Gruppen aus je 4 Buchstaben und Ziffern), und wählen Sie dann eine neue PIN.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Neue PIN:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Repeat the new &amp;PIN:</source>
        <translation>Neue &amp;PIN wiederholen:</translation>
    </message>
    <message>
        <source>Repeat the new PIN</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Diese PIN stimmt nicht.</translation>
    </message>
    <message>
        <source>The system&apos;s password store did not answer (it may be locked, or the request was cancelled). Try again.</source>
        <translation>Der Passwortspeicher des Systems hat nicht geantwortet (vielleicht ist er gesperrt oder die Anfrage wurde abgebrochen). Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>That recovery code is not right.</source>
        <translation>Dieser Wiederherstellungscode stimmt nicht.</translation>
    </message>
    <message>
        <source>Choose 4 to 8 digits, or a passphrase of at least 8 characters. With a PIN, Not Alone opens for the children: lessons, games and “Get help now” work; changing anything asks for the PIN. The PIN keeps out someone at the keyboard; it does not encrypt the family&apos;s file on this computer.</source>
        <translation>Wählen Sie 4 bis 8 Ziffern oder eine Passphrase aus mindestens 8 Zeichen. Mit einer PIN öffnet sich Not Alone für die Kinder: Lektionen, Spiele und „Hilfe jetzt“ funktionieren; für jede Änderung wird die PIN abgefragt. Die PIN hält Unbefugte an der Tastatur fern; sie verschlüsselt die Datei der Familie auf diesem Computer nicht.</translation>
    </message>
    <message>
        <source>The PIN is checked against a fingerprint kept in the system&apos;s password store.</source>
        <translation>Die PIN wird mit einem Fingerabdruck im Passwortspeicher des Systems abgeglichen.</translation>
    </message>
    <message>
        <source>This computer offers no password store, so the PIN&apos;s fingerprint is kept in the family&apos;s data file. The PIN itself is never stored.</source>
        <translation>Dieser Computer bietet keinen Passwortspeicher, deshalb liegt der Fingerabdruck der PIN in der Datendatei der Familie. Die PIN selbst wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Re&amp;move the lock…</source>
        <translation>Sperre ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the lock</source>
        <translation>Sperre entfernen</translation>
    </message>
    <message>
        <source>This computer&apos;s password store has no fingerprint of the PIN for these files (they may have been copied from another computer), so the PIN cannot be checked here. Reset it with the recovery code. If the code is lost too, a parent can remove the lock.</source>
        <translation>Der Passwortspeicher dieses Computers enthält keinen Fingerabdruck der PIN für diese Dateien (vielleicht wurden sie von einem anderen Computer kopiert), deshalb kann die PIN hier nicht geprüft werden. Setzen Sie sie mit dem Wiederherstellungscode zurück. Ist auch der Code verloren, können Eltern die Sperre entfernen.</translation>
    </message>
    <message>
        <source>The system&apos;s password store that keeps the PIN&apos;s fingerprint is not available now, so the PIN cannot be checked. Nothing was changed. Try again later (after logging in to this computer again, for example), or reset the PIN with the recovery code.</source>
        <translation>Der Passwortspeicher des Systems, der den Fingerabdruck der PIN enthält, ist gerade nicht erreichbar, deshalb kann die PIN nicht geprüft werden. Es wurde nichts geändert. Versuchen Sie es später noch einmal (zum Beispiel, nachdem Sie sich erneut an diesem Computer angemeldet haben), oder setzen Sie die PIN mit dem Wiederherstellungscode zurück.</translation>
    </message>
    <message>
        <source>Remove the parent lock?</source>
        <translation>Elternsperre entfernen?</translation>
    </message>
    <message>
        <source>Only a parent should do this, and only when the recovery code is lost too. Until a new PIN is set, anyone at this computer can change the checklist, the contacts, the children and the settings. Nothing of the family&apos;s data is deleted.</source>
        <translation>Das sollten nur Eltern tun, und nur wenn auch der Wiederherstellungscode verloren ist. Bis eine neue PIN festgelegt ist, kann jeder an diesem Computer die Checkliste, die Kontakte, die Kinder und die Einstellungen ändern. Von den Daten der Familie wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>The PIN can be checked again now: enter it.</source>
        <translation>Die PIN kann jetzt wieder geprüft werden: Geben Sie sie ein.</translation>
    </message>
    <message>
        <source>The parent lock was removed. Set a new PIN in Settings.</source>
        <translation>Die Elternsperre wurde entfernt. Legen Sie in den Einstellungen eine neue PIN fest.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Parent PIN (optional)</source>
        <translation>Eltern-PIN (optional)</translation>
    </message>
    <message>
        <source>A parent PIN is already set. You can change or remove it in Settings.</source>
        <translation>Es ist bereits eine Eltern-PIN festgelegt. Sie können sie in den Einstellungen ändern oder entfernen.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;PIN oder Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Parent PIN or passphrase</source>
        <translation>Eltern-PIN oder Passphrase</translation>
    </message>
    <message>
        <source>Repeat the parent PIN or passphrase</source>
        <translation>Eltern-PIN oder Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Leave both fields empty to go on without a PIN; you can set one later.</source>
        <translation>Lassen Sie beide Felder leer, um ohne PIN fortzufahren; Sie können später eine festlegen.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Parent PIN</source>
        <translation>Eltern-PIN</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>This text holds a hidden character that turns the words around it backwards, a trick scam messages use to disguise names and links. Type it again instead of pasting it.</source>
        <translation>Dieser Text enthält ein verstecktes Zeichen, das die Schrift um es herum rückwärts anzeigt – ein Trick von Betrugsnachrichten, um Namen und Links zu tarnen. Bitte tippen Sie den Text neu, statt ihn einzufügen.</translation>
    </message>
    <message>
        <source>This text holds a hidden control character. Type it again instead of pasting it.</source>
        <translation>Dieser Text enthält ein verstecktes Steuerzeichen. Bitte tippen Sie ihn neu, statt ihn einzufügen.</translation>
    </message>
    <message>
        <source>There is nothing in this text that can be seen. Use letters or digits.</source>
        <translation>In diesem Text ist nichts zu sehen. Bitte verwenden Sie Buchstaben oder Ziffern.</translation>
    </message>
</context>
<context>
    <name>PlanSheet</name>
    <message>
        <source>Stay calm. Do not pay or transfer anything, however urgent or frightening the message is.</source>
        <translation>Bleiben Sie ruhig. Zahlen oder überweisen Sie nichts, wie dringend oder beängstigend die Nachricht auch ist.</translation>
    </message>
    <message>
        <source>Call %1 yourself, on the number you already know, with an ordinary voice call.</source>
        <translation>Rufen Sie %1 selbst an, unter der Nummer, die Sie schon kennen, mit einem normalen Sprachanruf.</translation>
    </message>
    <message>
        <source>When you reach them, ask for the family code word.</source>
        <translation>Wenn Sie die Person erreichen, fragen Sie nach dem Familien-Codewort.</translation>
    </message>
    <message>
        <source>If %1 does not answer, call these people, in this order:</source>
        <translation>Wenn %1 nicht antwortet, rufen Sie diese Menschen an, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>If %1 does not answer, call the people around them: a roommate, friends, a teacher, the landlord.</source>
        <translation>Wenn %1 nicht antwortet, rufen Sie Menschen aus dem Umfeld an: Mitbewohner, Freunde, eine Lehrkraft, die Vermieterin.</translation>
    </message>
    <message>
        <source>Call the police on %1 and say it may be an online kidnapping scam.</source>
        <translation>Rufen Sie die Polizei unter %1 an und sagen Sie, dass es sich um einen Betrug mit „Online-Entführung“ handeln könnte.</translation>
    </message>
    <message>
        <source>Call your local police and say it may be an online kidnapping scam.</source>
        <translation>Rufen Sie die Polizei vor Ort an und sagen Sie, dass es sich um einen Betrug mit „Online-Entführung“ handeln könnte.</translation>
    </message>
    <message>
        <source>Keep every message, call log, account name and bank account number the callers sent. Delete nothing. If an image shows %1 undressed, do not forward or copy it: tell the police it exists.</source>
        <translation>Bewahren Sie jede Nachricht, jede Anrufliste, jeden Kontonamen und jede Kontonummer auf, die die Anrufer geschickt haben. Löschen Sie nichts. Zeigt ein Bild %1 unbekleidet, leiten Sie es nicht weiter und kopieren Sie es nicht: Sagen Sie der Polizei, dass es existiert.</translation>
    </message>
    <message>
        <source>When you reach %1, reassure them first: they are the victim, not the one to blame.</source>
        <translation>Wenn Sie %1 erreichen, beruhigen Sie zuerst: Ihr Kind ist das Opfer, nicht schuld.</translation>
    </message>
    <message>
        <source>Safety plan for %1</source>
        <translation>Sicherheitsplan für %1</translation>
    </message>
    <message>
        <source>What to do if someone says %1 has been arrested, kidnapped or is in trouble, and asks for money or secrecy. Real police never investigate, ask for money or summon anyone by phone or video call.</source>
        <translation>Was zu tun ist, wenn jemand behauptet, %1 sei verhaftet, entführt oder in Schwierigkeiten, und Geld oder Geheimhaltung verlangt. Echte Polizei ermittelt nie per Telefon- oder Videoanruf, verlangt kein Geld und lädt niemanden so vor.</translation>
    </message>
    <message>
        <source>If a ransom or “police” message arrives</source>
        <translation>Wenn eine Lösegeld- oder „Polizei“-Nachricht kommt</translation>
    </message>
    <message>
        <source>Where %1 usually is</source>
        <translation>Wo %1 sich meist aufhält</translation>
    </message>
    <message>
        <source>Family code word</source>
        <translation>Familien-Codewort</translation>
    </message>
    <message>
        <source>Keep this page out of sight: anyone who reads the code word can use it.</source>
        <translation>Bewahren Sie dieses Blatt verdeckt auf: Wer das Codewort liest, kann es benutzen.</translation>
    </message>
    <message>
        <source>Not printed, on purpose. Everyone in the family knows it: ask for it on every call about money or danger.</source>
        <translation>Absichtlich nicht gedruckt. Alle in der Familie kennen es: Fragen Sie bei jedem Anruf, in dem es um Geld oder Gefahr geht, danach.</translation>
    </message>
    <message>
        <source>Not chosen yet. Agree one together and keep it in the safety plan in Not Alone.</source>
        <translation>Noch nicht gewählt. Vereinbaren Sie gemeinsam eines und halten Sie es im Sicherheitsplan in Not Alone fest.</translation>
    </message>
    <message>
        <source>Printed on %1 with Not Alone.</source>
        <translation>Gedruckt am %1 mit Not Alone.</translation>
    </message>
    <message>
        <source>If %1 does not answer, call the people around them: their friends, the parents of their friends, their school or a teacher.</source>
        <translation>Wenn %1 nicht antwortet, rufen Sie Menschen aus dem Umfeld an: Freundinnen und Freunde, deren Eltern, die Schule oder eine Lehrkraft.</translation>
    </message>
    <message>
        <source>What to do if a caller or a message says %1 is hurt, in trouble or has been taken, and asks for money or secrecy. Calls like this are almost always scams: check first, pay nothing.</source>
        <translation>Was zu tun ist, wenn ein Anruf oder eine Nachricht behauptet, %1 sei verletzt, in Schwierigkeiten oder entführt worden, und Geld oder Geheimhaltung verlangt. Solche Anrufe sind fast immer Betrug: Erst prüfen, nichts zahlen.</translation>
    </message>
    <message>
        <source>If someone says %1 is in trouble</source>
        <translation>Wenn jemand sagt, %1 stecke in Schwierigkeiten</translation>
    </message>
    <message>
        <source>Call the adult who is with %1 right now (the school, the kindergarten, the carer) and ask them to check that %1 is safe.</source>
        <translation>Rufen Sie die Erwachsenen an, bei denen %1 gerade ist (Schule, Kita, Betreuungsperson), und bitten Sie sie nachzusehen, ob %1 in Sicherheit ist.</translation>
    </message>
    <message>
        <source>If you cannot reach them, call these people, in this order:</source>
        <translation>Wenn Sie dort niemanden erreichen, rufen Sie diese Menschen an, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>If you cannot reach them, call the other adults around %1: the teacher, the school office, grandparents, the parents of friends.</source>
        <translation>Wenn Sie dort niemanden erreichen, rufen Sie andere Erwachsene aus dem Umfeld von %1 an: die Lehrkraft, das Sekretariat der Schule, die Großeltern, die Eltern von Freunden.</translation>
    </message>
    <message>
        <source>Keep every message, call log, account name and bank account number the callers sent. Delete nothing.</source>
        <translation>Bewahren Sie jede Nachricht, jede Anrufliste, jeden Kontonamen und jede Kontonummer auf, die die Anrufer geschickt haben. Löschen Sie nichts.</translation>
    </message>
    <message>
        <source>Anyone who comes to pick %1 up without being expected must know the family code word. %1 goes with nobody who does not.</source>
        <translation>Wer %1 unangekündigt abholen will, muss das Familien-Codewort kennen. Mit jemandem, der es nicht kennt, geht %1 nicht mit.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>Family safety plan</source>
        <translation>Sicherheitsplan der Familie</translation>
    </message>
    <message>
        <source>Family agreement and poster…</source>
        <translation>Familienvereinbarung und Plakat…</translation>
    </message>
    <message>
        <source>Verification plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <source>Incident log</source>
        <translation>Vorfallprotokoll</translation>
    </message>
    <message>
        <source>Parts of the safety plan</source>
        <translation>Teile des Sicherheitsplans</translation>
    </message>
    <message>
        <source>Scammers may call you pretending that your child is hurt, in trouble or has been taken, and demand money at once. Agree now how you will check, and keep the plan at hand: with it, a frightening call becomes a few calm steps.</source>
        <translation>Betrüger rufen vielleicht an und behaupten, Ihr Kind sei verletzt, in Schwierigkeiten oder mitgenommen worden, und verlangen sofort Geld. Vereinbaren Sie jetzt, wie Sie das überprüfen, und halten Sie den Plan bereit: Mit ihm wird aus einem beängstigenden Anruf eine Reihe ruhiger Schritte.</translation>
    </message>
    <message>
        <source>Scammers may call you pretending that your child has been arrested or kidnapped, and demand money at once. Agree now how you will check, and keep the plan at hand: with it, a frightening call becomes a few calm steps.</source>
        <translation>Betrüger rufen vielleicht an und behaupten, Ihr Kind sei verhaftet oder entführt worden, und verlangen sofort Geld. Vereinbaren Sie jetzt, wie Sie das überprüfen, und halten Sie den Plan bereit: Mit ihm wird aus einem beängstigenden Anruf eine Reihe ruhiger Schritte.</translation>
    </message>
    <message>
        <source>Tick the adults who can check on your child quickly: the teacher, the school office, the carer, grandparents, the parents of friends. Put them in the order to call them (at most %1).</source>
        <translation>Haken Sie die Erwachsenen ab, die schnell nach Ihrem Kind sehen können: die Lehrkraft, das Schulsekretariat, die Betreuung, die Großeltern, die Eltern von Freunden. Bringen Sie sie in die Reihenfolge, in der Sie sie anrufen (höchstens %1).</translation>
    </message>
    <message>
        <source>Tick the people who can reach your child quickly: their friends, the parents of their friends, a teacher. Put them in the order to call them (at most %1).</source>
        <translation>Haken Sie die Menschen ab, die Ihr Kind schnell erreichen können: seine Freunde, deren Eltern, eine Lehrkraft. Bringen Sie sie in die Reihenfolge, in der Sie sie anrufen (höchstens %1).</translation>
    </message>
    <message>
        <source>One place per line: kindergarten or school, after-school club, a relative&apos;s home.</source>
        <translation>Ein Ort pro Zeile: Kindergarten oder Schule, Hort, die Wohnung von Verwandten.</translation>
    </message>
    <message>
        <source>For example: Sunflower kindergarten, class B2</source>
        <translation>Zum Beispiel: Kita Sonnenblume, Gruppe B2</translation>
    </message>
    <message>
        <source>One place per line: school, extra classes, sports club, a friend&apos;s home.</source>
        <translation>Ein Ort pro Zeile: Schule, Nachhilfe, Sportverein, die Wohnung von Freunden.</translation>
    </message>
    <message>
        <source>For example: English class on Tuesday evenings</source>
        <translation>Zum Beispiel: Englischkurs dienstagabends</translation>
    </message>
    <message>
        <source>Plan &amp;for:</source>
        <translation>Plan &amp;für:</translation>
    </message>
    <message>
        <source>Whose plan</source>
        <translation>Wessen Plan</translation>
    </message>
    <message>
        <source>Add your children first: each child gets a plan of their own.</source>
        <translation>Fügen Sie zuerst Ihre Kinder hinzu: Jedes Kind bekommt einen eigenen Plan.</translation>
    </message>
    <message>
        <source>Add your children</source>
        <translation>Kinder hinzufügen</translation>
    </message>
    <message>
        <source>Tick the people who can reach your child quickly: a roommate, a friend, a teacher, the landlord. Put them in the order to call them (at most %1).</source>
        <translation>Haken Sie die Menschen ab, die Ihr Kind schnell erreichen können: Mitbewohner, Freunde, eine Lehrkraft, die Vermieterin. Bringen Sie sie in die Reihenfolge, in der Sie sie anrufen (höchstens %1).</translation>
    </message>
    <message>
        <source>People to call, in order. Space ticks a person.</source>
        <translation>Anzurufende Personen, in Reihenfolge. Mit der Leertaste haken Sie eine Person ab.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Call this person earlier</source>
        <translation>Diese Person früher anrufen</translation>
    </message>
    <message>
        <source>Call this person later</source>
        <translation>Diese Person später anrufen</translation>
    </message>
    <message>
        <source>There are no contacts yet. Add the people around your child in Contacts first.</source>
        <translation>Noch keine Kontakte. Fügen Sie zuerst unter „Kontakte“ die Menschen aus dem Umfeld Ihres Kindes hinzu.</translation>
    </message>
    <message>
        <source>Open Contacts</source>
        <translation>Kontakte öffnen</translation>
    </message>
    <message>
        <source>Family code word</source>
        <translation>Familien-Codewort</translation>
    </message>
    <message>
        <source>A word only your family knows. Anyone who calls about money or danger in your child&apos;s name must be able to say it; ask your child for it too. Never type it into a chat: only say it aloud.</source>
        <translation>Ein Wort, das nur Ihre Familie kennt. Wer im Namen Ihres Kindes wegen Geld oder Gefahr anruft, muss es sagen können; fragen Sie auch Ihr Kind danach. Tippen Sie es nie in einen Chat: Sprechen Sie es nur laut aus.</translation>
    </message>
    <message>
        <source>One place per line: school or university, dorm or room, work, a friend&apos;s home.</source>
        <translation>Ein Ort pro Zeile: Schule oder Universität, Wohnheim oder Zimmer, Arbeit, die Wohnung von Freunden.</translation>
    </message>
    <message>
        <source>Places, one per line</source>
        <translation>Orte, einer pro Zeile</translation>
    </message>
    <message>
        <source>For example: Dorm B, room 312</source>
        <translation>Zum Beispiel: Wohnheim B, Zimmer 312</translation>
    </message>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>Drucken / Als PDF speichern…</translation>
    </message>
    <message>
        <source>Include the code word on the printout</source>
        <translation>Codewort auf dem Ausdruck mitdrucken</translation>
    </message>
    <message>
        <source>If a ransom or “police” message arrives</source>
        <translation>Wenn eine Lösegeld- oder „Polizei“-Nachricht kommt</translation>
    </message>
    <message>
        <source>Who to call to reach %1</source>
        <translation>Wen Sie anrufen, um %1 zu erreichen</translation>
    </message>
    <message>
        <source>Where %1 usually is</source>
        <translation>Wo %1 sich meist aufhält</translation>
    </message>
    <message>
        <source>Who to call to reach your child</source>
        <translation>Wen Sie anrufen, um Ihr Kind zu erreichen</translation>
    </message>
    <message>
        <source>Where your child usually is</source>
        <translation>Wo sich Ihr Kind meist aufhält</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the code word</source>
        <translation>Codewort verbergen</translation>
    </message>
    <message>
        <source>Show or change the code word</source>
        <translation>Codewort anzeigen oder ändern</translation>
    </message>
    <message>
        <source>The code word is never shown in screenshots.</source>
        <translation>Das Codewort erscheint nie auf Screenshots.</translation>
    </message>
    <message>
        <source>Type a new word to change it, then save the plan.</source>
        <translation>Geben Sie ein neues Wort ein, um es zu ändern, und speichern Sie dann den Plan.</translation>
    </message>
    <message>
        <source>A code word is saved. Press Show to see or change it.</source>
        <translation>Ein Codewort ist gespeichert. Klicken Sie auf „Anzeigen“, um es zu sehen oder zu ändern.</translation>
    </message>
    <message>
        <source>No code word yet. Press Show to choose one.</source>
        <translation>Noch kein Codewort. Klicken Sie auf „Anzeigen“, um eines zu wählen.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>This child is no longer in the family.</source>
        <translation>Dieses Kind gehört nicht mehr zur Familie.</translation>
    </message>
    <message>
        <source>A code word can have at most %1 characters.</source>
        <translation>Ein Codewort darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The code word must fit on one line.</source>
        <translation>Das Codewort muss in eine Zeile passen.</translation>
    </message>
    <message>
        <source>List at most %1 places.</source>
        <translation>Geben Sie höchstens %1 Orte an.</translation>
    </message>
    <message>
        <source>A place can have at most %1 characters.</source>
        <translation>Ein Ort darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Child mode: changing the plan asks for the parent PIN.</source>
        <translation>Kindermodus: Für Änderungen am Plan wird die Eltern-PIN abgefragt.</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Place %1 is longer than %2 characters.</source>
        <translation>Ort %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Tick at most %1 people to call.</source>
        <translation>Haken Sie höchstens %1 Personen zum Anrufen ab.</translation>
    </message>
    <message>
        <source>One of the ticked contacts no longer exists. Check the list and save again.</source>
        <translation>Einen der abgehakten Kontakte gibt es nicht mehr. Prüfen Sie die Liste und speichern Sie noch einmal.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>What to print</source>
        <translation>Was soll gedruckt werden?</translation>
    </message>
    <message>
        <source>The whole checklist…</source>
        <translation>Die ganze Checkliste…</translation>
    </message>
    <message>
        <source>This month&apos;s sheets, one page per child…</source>
        <translation>Die Blätter für diesen Monat, eine Seite pro Kind…</translation>
    </message>
    <message>
        <source>This month&apos;s sheet…</source>
        <translation>Das Blatt für diesen Monat…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Write this code down</source>
        <translation>Schreiben Sie diesen Code auf</translation>
    </message>
    <message>
        <source>If the PIN is ever forgotten, this code resets it. Write it on paper and keep it somewhere the children cannot find it. It is shown only now.</source>
        <translation>Falls die PIN einmal vergessen wird, lässt sie sich mit diesem Code zurücksetzen. Schreiben Sie ihn auf Papier und bewahren Sie ihn dort auf, wo die Kinder ihn nicht finden. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Wiederherstellungscode: %1</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ich habe ihn aufgeschrieben</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your family&apos;s data needs attention</source>
        <translation>Die Daten Ihrer Familie brauchen Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>The family&apos;s data file cannot be opened</source>
        <translation>Die Datendatei der Familie lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The file is damaged or is not a Not Alone file. It will be moved aside (never deleted), and you can go on with the newest good backup, from %1, or start with an empty family.</source>
        <translation>Die Datei ist beschädigt oder keine Not-Alone-Datei. Sie wird beiseitegelegt (nie gelöscht), und Sie können mit der neuesten intakten Sicherung vom %1 weitermachen oder mit einer leeren Familie beginnen.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup of %1</source>
        <translation>Sicherung vom %1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>The file is damaged or is not a Not Alone file, and there is no good backup. It will be moved aside (never deleted), and you can start with an empty family.</source>
        <translation>Die Datei ist beschädigt oder keine Not-Alone-Datei, und es gibt keine intakte Sicherung. Sie wird beiseitegelegt (nie gelöscht), und Sie können mit einer leeren Familie beginnen.</translation>
    </message>
    <message>
        <source>Start with an &amp;empty family</source>
        <translation>Mit einer &amp;leeren Familie beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Not Alone: time for a check</source>
        <translation>Not Alone: Zeit für eine Überprüfung</translation>
    </message>
    <message numerus="yes">
        <source>Due for review on your checklist: %n safety step(s). Open Not Alone to go through them.</source>
        <translation>
            <numerusform>Auf Ihrer Checkliste ist eine Aufgabe wieder zu überprüfen. Öffnen Sie Not Alone, um sie durchzugehen.</numerusform>
            <numerusform>Auf Ihrer Checkliste sind %n Aufgaben wieder zu überprüfen. Öffnen Sie Not Alone, um sie durchzugehen.</numerusform>
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
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on to the next message (Enter)</source>
        <translation>Weiter zur nächsten Nachricht (Eingabetaste)</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Noch einmal spielen</translation>
    </message>
    <message>
        <source>Play this scenario again</source>
        <translation>Dieses Szenario noch einmal spielen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the game</source>
        <translation>Spiel schließen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Gewählte Antwort</translation>
    </message>
    <message>
        <source>Good choice</source>
        <translation>Gute Wahl</translation>
    </message>
    <message>
        <source>Risky choice</source>
        <translation>Riskante Wahl</translation>
    </message>
    <message>
        <source>Safe ending</source>
        <translation>Sicherer Ausgang</translation>
    </message>
    <message>
        <source>Unsafe ending</source>
        <translation>Gefährlicher Ausgang</translation>
    </message>
    <message numerus="yes">
        <source>Score: %1 of %n good replies</source>
        <translation>
            <numerusform>Gute Antworten: %1 von %n</numerusform>
            <numerusform>Gute Antworten: %1 von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Mehr dazu</translation>
    </message>
    <message>
        <source>Steps on the checklist</source>
        <translation>Aufgaben auf der Checkliste</translation>
    </message>
    <message>
        <source>Your reply (press a number key):</source>
        <translation>Antwort wählen (Zifferntaste drücken):</translation>
    </message>
    <message>
        <source>Read the feedback, then continue.</source>
        <translation>Erst die Rückmeldung lesen, dann weiter.</translation>
    </message>
    <message>
        <source>The end. Talk about it together: what were the warning signs?</source>
        <translation>Ende. Sprechen Sie gemeinsam darüber: Was waren die Warnzeichen?</translation>
    </message>
</context>
<context>
    <name>ScenarioPlayer</name>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>the whole family</source>
        <translation>die ganze Familie</translation>
    </message>
    <message>
        <source>Playing: %1</source>
        <translation>Es spielt: %1</translation>
    </message>
</context>
<context>
    <name>ScenariosView</name>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Scam scenarios</source>
        <translation>Betrugsszenarien</translation>
    </message>
    <message>
        <source>Play these chats with your child: a stranger writes, you choose the reply together, and you see straight away which warning sign it was about. Recognising the pattern now makes it easier to stop when it happens for real.</source>
        <translation>Spielen Sie diese Chats mit Ihrem Kind durch: Eine fremde Person schreibt, Sie wählen gemeinsam die Antwort und sehen sofort, um welches Warnzeichen es ging. Wer das Muster jetzt erkennt, kann im Ernstfall leichter rechtzeitig aussteigen.</translation>
    </message>
    <message>
        <source>&amp;Who is playing?</source>
        <translation>&amp;Wer spielt?</translation>
    </message>
    <message>
        <source>Who is playing</source>
        <translation>Wer spielt</translation>
    </message>
    <message>
        <source>No scenarios are installed.</source>
        <translation>Es sind keine Szenarien installiert.</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>Die ganze Familie</translation>
    </message>
    <message>
        <source>For ages %1</source>
        <translation>Alter: %1</translation>
    </message>
    <message>
        <source>Whole family</source>
        <translation>Ganze Familie</translation>
    </message>
    <message>
        <source>Not played yet.</source>
        <translation>Noch nicht gespielt.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spielen</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>%1 spielen</translation>
    </message>
    <message>
        <source>safe ending</source>
        <translation>sicherer Ausgang</translation>
    </message>
    <message>
        <source>unsafe ending</source>
        <translation>gefährlicher Ausgang</translation>
    </message>
    <message>
        <source>%1: last time %2 of %3 good replies, %4</source>
        <translation>%1: zuletzt %2 von %3 guten Antworten, %4</translation>
    </message>
    <message numerus="yes">
        <source>played %n time(s)</source>
        <translation>
            <numerusform>einmal gespielt</numerusform>
            <numerusform>%n-mal gespielt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the parent PIN</source>
        <translation>Eltern-PIN festlegen</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;PIN oder Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>New PIN or passphrase</source>
        <translation>Neue PIN oder Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new PIN or passphrase</source>
        <translation>Neue PIN oder Passphrase wiederholen</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language and country</source>
        <translation>Sprache und Land</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Country or region:</source>
        <translation>&amp;Land oder Region:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <source>Chooses the helplines shown in “Get help now” and how phone numbers are written</source>
        <translation>Bestimmt, welche Hilfetelefone „Hilfe jetzt“ zeigt und wie Telefonnummern geschrieben werden</translation>
    </message>
    <message>
        <source>Run the first-time setup again…</source>
        <translation>Ersteinrichtung noch einmal starten…</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <source>&amp;Add child…</source>
        <translation>Kind &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Parent lock</source>
        <translation>Elternsperre</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>PIN entfernen…</translation>
    </message>
    <message>
        <source>Remove the parent PIN</source>
        <translation>Eltern-PIN entfernen</translation>
    </message>
    <message>
        <source>Lock again after &amp;idle time:</source>
        <translation>Nach &amp;Inaktivität wieder sperren:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes without use before the app locks again</source>
        <translation>Minuten ohne Nutzung, bis die App wieder gesperrt wird</translation>
    </message>
    <message>
        <source>Remind me once a day when safety steps are due for review</source>
        <translation>Einmal täglich erinnern, wenn Aufgaben wieder zu überprüfen sind</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Not Alone keeps checked copies of your family&apos;s data in the backups folder: after changes (at most every 30 minutes) and when you close the app. The newest of each of the last 7 days and 4 weeks are kept.</source>
        <translation>Not Alone legt im Sicherungsordner geprüfte Kopien der Daten Ihrer Familie ab: nach Änderungen (höchstens alle 30 Minuten) und beim Schließen der App. Aufbewahrt wird jeweils die neueste der letzten 7 Tage und der letzten 4 Wochen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>Ausgewählte Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Your family&apos;s data</source>
        <translation>Die Daten Ihrer Familie</translation>
    </message>
    <message>
        <source>Save everything in one file to move it to another computer, bring such a file back, or erase everything Not Alone keeps on this computer. The parent PIN is never saved in the file.</source>
        <translation>Speichern Sie alles in einer Datei, um es auf einen anderen Computer zu übertragen, holen Sie eine solche Datei zurück oder löschen Sie alles, was Not Alone auf diesem Computer speichert. Die Eltern-PIN wird nie in der Datei gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Save everything to a file…</source>
        <translation>Alles in einer &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>Save everything to a file</source>
        <translation>Alles in einer Datei speichern</translation>
    </message>
    <message>
        <source>Bring back from a &amp;file…</source>
        <translation>Aus einer Datei &amp;zurückholen…</translation>
    </message>
    <message>
        <source>Bring back from a file</source>
        <translation>Aus einer Datei zurückholen</translation>
    </message>
    <message>
        <source>Erase all data…</source>
        <translation>Alle Daten löschen…</translation>
    </message>
    <message>
        <source>Erase all data</source>
        <translation>Alle Daten löschen</translation>
    </message>
    <message>
        <source>Run the first-time setup again</source>
        <translation>Ersteinrichtung noch einmal starten</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Kind hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected child</source>
        <translation>Ausgewähltes Kind bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected child</source>
        <translation>Ausgewähltes Kind entfernen</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Entfernen rückgängig machen</translation>
    </message>
    <message>
        <source>About Not Alone</source>
        <translation>Über Not Alone</translation>
    </message>
    <message>
        <source>Remove child</source>
        <translation>Kind entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and their checklist progress?</source>
        <translation>%1 samt Fortschritt auf der Checkliste entfernen?</translation>
    </message>
    <message>
        <source>You can undo this until you close Not Alone.</source>
        <translation>Sie können das rückgängig machen, solange Not Alone geöffnet ist.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>Lizenzen…</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>How to check an installer…</source>
        <translation>So prüfen Sie das Installationsprogramm…</translation>
    </message>
    <message>
        <source>How to check an installer</source>
        <translation>So prüfen Sie das Installationsprogramm</translation>
    </message>
    <message>
        <source>Version %1. Everything you enter stays on this computer, in the folder %2. Not Alone never connects to the internet.</source>
        <translation>Version %1. Alles, was Sie eingeben, bleibt auf diesem Computer, im Ordner %2. Not Alone verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <source>This app was given to you by %1</source>
        <translation>Diese App haben Sie von %1 erhalten</translation>
    </message>
    <message>
        <source>No PIN is set: everyone at this computer can change everything. With a PIN, Not Alone opens for the children (lessons, games and “Get help now”); changes ask for the PIN.</source>
        <translation>Keine PIN festgelegt: Alle an diesem Computer können alles ändern. Mit einer PIN öffnet sich Not Alone für die Kinder (Lektionen, Spiele und „Hilfe jetzt“); für Änderungen wird die PIN abgefragt.</translation>
    </message>
    <message>
        <source>Set a &amp;PIN…</source>
        <translation>PIN &amp;festlegen…</translation>
    </message>
    <message>
        <source>A PIN is set. The app is locked: changes ask for the PIN.</source>
        <translation>Eine PIN ist festgelegt. Die App ist gesperrt: Für Änderungen wird die PIN abgefragt.</translation>
    </message>
    <message>
        <source>A PIN is set. The app is unlocked until you lock it or leave it unused.</source>
        <translation>Eine PIN ist festgelegt. Die App ist entsperrt, bis Sie sie sperren oder sie eine Weile nicht benutzt wird.</translation>
    </message>
    <message>
        <source>The PIN stops someone at the keyboard; it does not encrypt the family&apos;s file on this computer.</source>
        <translation>Die PIN hält Unbefugte an der Tastatur fern; sie verschlüsselt die Datei der Familie auf diesem Computer nicht.</translation>
    </message>
    <message>
        <source>&amp;Change the PIN…</source>
        <translation>PIN ä&amp;ndern…</translation>
    </message>
    <message>
        <source>This computer offers no password store (keyring). The PIN&apos;s fingerprint is kept in the family&apos;s data file instead; the PIN itself is never stored.</source>
        <translation>Dieser Computer bietet keinen Passwortspeicher (Schlüsselbund). Der Fingerabdruck der PIN liegt deshalb in der Datendatei der Familie; die PIN selbst wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN entfernen</translation>
    </message>
    <message>
        <source>Remove the parent PIN?</source>
        <translation>Eltern-PIN entfernen?</translation>
    </message>
    <message>
        <source>Everyone at this computer will be able to change everything again.</source>
        <translation>Dann können wieder alle an diesem Computer alles ändern.</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Die Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>Eine Sicherung wurde erstellt.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Go back to the backup of %1?</source>
        <translation>Zur Sicherung vom %1 zurückkehren?</translation>
    </message>
    <message>
        <source>The family&apos;s data as it is now is replaced by the backup. A copy of the data as it is now is kept in the backups first, so this can be undone.</source>
        <translation>Die aktuellen Daten der Familie werden durch die Sicherung ersetzt. Vorher wird eine Kopie der aktuellen Daten bei den Sicherungen abgelegt, sodass sich das rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The backup of %1 was restored.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Family archives (*.zip)</source>
        <translation>Familienarchive (*.zip)</translation>
    </message>
    <message>
        <source>Saving the family&apos;s data…</source>
        <translation>Die Daten der Familie werden gespeichert…</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Everything was saved to %1.</source>
        <translation>Alles wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Family archives (*.zip);;All files (*)</source>
        <translation>Familienarchive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add the family in the file to the family here?</source>
        <translation>Die Familie aus der Datei mit der Familie hier zusammenführen?</translation>
    </message>
    <message>
        <source>Children with the same nickname and birth year, and contacts with the same name and numbers, become one; for progress, the newer one counts. A backup is made first.</source>
        <translation>Kinder mit gleichem Rufnamen und Geburtsjahr sowie Kontakte mit gleichem Namen und gleichen Nummern werden zusammengeführt; beim Fortschritt zählt der neuere Stand. Vorher wird eine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>The family&apos;s data was brought back from %1.</source>
        <translation>Die Daten der Familie wurden aus %1 zurückgeholt.</translation>
    </message>
    <message>
        <source>It used content packs that are not installed here: %1. Install them under Content updates to see their items and lessons again; the family&apos;s progress on them is kept.</source>
        <translation>Die Familie hat Inhaltspakete verwendet, die hier nicht installiert sind: %1. Installieren Sie sie unter „Inhalte aktualisieren“, um ihre Punkte und Lektionen wieder zu sehen; der Fortschritt der Familie bleibt erhalten.</translation>
    </message>
    <message>
        <source>Erase everything Not Alone keeps for this family on this computer?</source>
        <translation>Alles löschen, was Not Alone für diese Familie auf diesem Computer speichert?</translation>
    </message>
    <message>
        <source>The children, the checklist, the contacts, the notes, every backup and the logs are removed, and so is the PIN. This cannot be undone: save everything to a file first if you may want it back. Not Alone closes afterwards.</source>
        <translation>Die Kinder, die Checkliste, die Kontakte, die Notizen, alle Sicherungen und die Protokolle werden entfernt, ebenso die PIN. Das lässt sich nicht rückgängig machen: Speichern Sie vorher alles in einer Datei, falls Sie es vielleicht zurückhaben möchten. Danach wird Not Alone geschlossen.</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Everything was erased. Not Alone will close now.</source>
        <translation>Alles wurde gelöscht. Not Alone wird jetzt geschlossen.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>the folder cannot be written.</source>
        <translation>In den Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the disk is full, or it reported an error.</source>
        <translation>Der Datenträger ist voll oder hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>checked %1</source>
        <translation>geprüft am %1</translation>
    </message>
    <message>
        <source>Write your local emergency numbers here:</source>
        <translation>Tragen Sie hier Ihre örtlichen Notrufnummern ein:</translation>
    </message>
</context>
<context>
    <name>StartLifeEventDialog</name>
    <message>
        <source>%1 (suggested for this age)</source>
        <translation>%1 (für dieses Alter empfohlen)</translation>
    </message>
    <message>
        <source>Start a life-event checklist</source>
        <translation>Checkliste für ein Lebensereignis beginnen</translation>
    </message>
    <message>
        <source>Which change is coming for %1? Its checklist is added below the others, with its own progress.</source>
        <translation>Welche Veränderung steht für %1 an? Die passende Checkliste wird unter den anderen eingefügt, mit eigenem Fortschritt.</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Lebensereignisse</translation>
    </message>
    <message>
        <source>Every life-event checklist is started already.</source>
        <translation>Alle Checklisten für Lebensereignisse sind schon begonnen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>VcardImport</name>
    <message>
        <source>The file is %1 MB. A contacts file can be at most 2 MB: export fewer contacts at a time.</source>
        <translation>Die Datei ist %1 MB groß. Eine Kontaktdatei darf höchstens 2 MB groß sein: Exportieren Sie weniger Kontakte auf einmal.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a contacts file. It looks like a picture or another kind of file.</source>
        <translation>Das ist keine Kontaktdatei. Es scheint ein Bild oder eine andere Art von Datei zu sein.</translation>
    </message>
    <message>
        <source>The file is not in the UTF-8 encoding (from line %1). Export the contacts again as a UTF-8 vCard.</source>
        <translation>Die Datei ist nicht in UTF-8 kodiert (ab Zeile %1). Exportieren Sie die Kontakte noch einmal als UTF-8-vCard.</translation>
    </message>
    <message>
        <source>There are no contacts (vCards) in this file.</source>
        <translation>Diese Datei enthält keine Kontakte (vCards).</translation>
    </message>
    <message>
        <source>The file holds %1 contacts. At most %2 can be imported at once.</source>
        <translation>Die Datei enthält %1 Kontakte. Es lassen sich höchstens %2 auf einmal importieren.</translation>
    </message>
    <message>
        <source>This is not a contacts file but a device, a pipe or a folder. Choose the .vcf file itself.</source>
        <translation>Das ist keine Kontaktdatei, sondern ein Gerät, eine Pipe oder ein Ordner. Bitte wählen Sie die .vcf-Datei selbst.</translation>
    </message>
    <message>
        <source>This file cannot be read as a list of contacts. It may be damaged: export the contacts again.</source>
        <translation>Diese Datei lässt sich nicht als Kontaktliste lesen. Vielleicht ist sie beschädigt: Bitte exportieren Sie die Kontakte noch einmal.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a contact (from line %1), so it may be incomplete. Export the contacts again.</source>
        <translation>Die Datei endet mitten in einem Kontakt (ab Zeile %1) und ist deshalb vielleicht unvollständig. Exportieren Sie die Kontakte noch einmal.</translation>
    </message>
    <message>
        <source>This file cannot be imported.</source>
        <translation>Diese Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>this contact has no END:VCARD line; it was skipped.</source>
        <translation>Diesem Kontakt fehlt die Zeile END:VCARD; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>a field of %1 characters is too long; this contact was skipped.</source>
        <translation>Ein Feld mit %1 Zeichen ist zu lang; dieser Kontakt wurde übersprungen.</translation>
    </message>
    <message>
        <source>this line cannot be read; the contact was skipped.</source>
        <translation>Diese Zeile ist nicht lesbar; der Kontakt wurde übersprungen.</translation>
    </message>
    <message>
        <source>this contact cannot be read; it was skipped.</source>
        <translation>Dieser Kontakt ist nicht lesbar; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>this contact has no name; it was skipped.</source>
        <translation>Dieser Kontakt hat keinen Namen; er wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: the number “%2” was left out. %3</source>
        <translation>%1: Die Nummer „%2“ wurde weggelassen. %3</translation>
    </message>
    <message>
        <source>%1 has no phone number that can be used; skipped.</source>
        <translation>%1 hat keine verwendbare Telefonnummer; übersprungen.</translation>
    </message>
    <message>
        <source>%1 has %2 numbers; only the first %3 were kept.</source>
        <translation>%1 hat %2 Nummern; nur die ersten %3 wurden übernommen.</translation>
    </message>
    <message>
        <source>%1 was skipped. %3</source>
        <translation>%1 wurde übersprungen. %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>VcardImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>Ein Kontakt wird hinzugefügt.</numerusform>
            <numerusform>%n Kontakte werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are already in your list.</source>
        <translation>
            <numerusform>Ein Kontakt ist schon in Ihrer Liste.</numerusform>
            <numerusform>%n Kontakte sind schon in Ihrer Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; see below.</source>
        <translation>
            <numerusform>Ein Problem wurde gefunden, siehe unten.</numerusform>
            <numerusform>%n Probleme wurden gefunden, siehe unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing new to import.</source>
        <translation>Es gibt nichts Neues zu importieren.</translation>
    </message>
    <message>
        <source>&amp;Will be added:</source>
        <translation>&amp;Hinzugefügt werden:</translation>
    </message>
    <message>
        <source>Contacts that will be added</source>
        <translation>Kontakte, die hinzugefügt werden</translation>
    </message>
    <message>
        <source>Already in your contacts (not added again):</source>
        <translation>Schon in Ihren Kontakten (wird nicht noch einmal hinzugefügt):</translation>
    </message>
    <message>
        <source>Contacts already in your list</source>
        <translation>Kontakte, die schon in Ihrer Liste sind</translation>
    </message>
    <message>
        <source>&amp;Skipped or changed, and why:</source>
        <translation>Ü&amp;bersprungen oder geändert, und warum:</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Every release of Not Alone comes with a file named SHA256SUMS that lists a fingerprint (a SHA-256 checksum) of each installer, and a signature of that file (SHA256SUMS.asc or SHA256SUMS.minisig).</source>
        <translation>Zu jeder Veröffentlichung von Not Alone gehört eine Datei namens SHA256SUMS mit einem Fingerabdruck (einer SHA-256-Prüfsumme) jedes Installationsprogramms und eine Signatur dieser Datei (SHA256SUMS.asc oder SHA256SUMS.minisig).</translation>
    </message>
    <message>
        <source>To check an installer, put it in one folder with SHA256SUMS and run, on Linux or macOS: sha256sum -c SHA256SUMS --ignore-missing (it must say OK). On Windows: certutil -hashfile followed by the installer&apos;s name and SHA256, then compare the result with its line in SHA256SUMS.</source>
        <translation>Um ein Installationsprogramm zu prüfen, legen Sie es mit SHA256SUMS in einen Ordner und führen unter Linux oder macOS aus: sha256sum -c SHA256SUMS --ignore-missing (es muss OK melden). Unter Windows: certutil -hashfile, dann den Namen des Installationsprogramms und SHA256; vergleichen Sie das Ergebnis mit seiner Zeile in SHA256SUMS.</translation>
    </message>
    <message>
        <source>Then check the signature: gpg --verify SHA256SUMS.asc SHA256SUMS, or minisign -Vm SHA256SUMS -p with the public key. Take the key from the organisation that gave you the installer or from the project&apos;s release page, never from the same USB stick.</source>
        <translation>Prüfen Sie dann die Signatur: gpg --verify SHA256SUMS.asc SHA256SUMS oder minisign -Vm SHA256SUMS -p mit dem öffentlichen Schlüssel. Nehmen Sie den Schlüssel von der Organisation, die Ihnen das Installationsprogramm gegeben hat, oder von der Veröffentlichungsseite des Projekts, niemals vom selben USB-Stick.</translation>
    </message>
    <message>
        <source>The release key&apos;s GnuPG fingerprint: %1</source>
        <translation>Fingerabdruck des Veröffentlichungsschlüssels (GnuPG): %1</translation>
    </message>
    <message>
        <source>The release key for minisign: %1</source>
        <translation>Veröffentlichungsschlüssel für minisign: %1</translation>
    </message>
</context>
</TS>
