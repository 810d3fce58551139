<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
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
        <source>&amp;Save note</source>
        <translation>Notiz &amp;speichern</translation>
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
        <source>Read more</source>
        <translation>Mehr dazu</translation>
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
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Progress in %1</source>
        <translation>Fortschritt: %1</translation>
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
        <source>Delete item</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete your item "%1" and its progress?</source>
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
        <source>&amp;Nickname:</source>
        <translation>&amp;Rufname:</translation>
    </message>
    <message>
        <source>&amp;Born in:</source>
        <translation>Geburts&amp;jahr:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
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
        <source>check locally</source>
        <translation>vor Ort prüfen</translation>
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
        <source>Cut out along the dashed line, fold along the middle line and keep the card in a wallet or school bag. There are two, so two of you can carry one.</source>
        <translation>An der gestrichelten Linie ausschneiden, an der Mittellinie falten und die Karte ins Portemonnaie oder in die Schultasche stecken. Es sind zwei Karten, so können zwei von Ihnen eine bei sich tragen.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Kontaktkarte</translation>
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
        <source>Check locally: this may have changed.</source>
        <translation>Bitte vor Ort prüfen: Das kann sich geändert haben.</translation>
    </message>
    <message>
        <source>Numbers as checked on %1.</source>
        <translation>Nummern zuletzt geprüft am %1.</translation>
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
        <source>Enter the contact's name.</source>
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
        <source>&amp;Pin: show first in “Get help now” and on the printed card</source>
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
        <source>Your family's trusted contacts</source>
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
        <source>No contacts yet. Add the people your children can turn to: grandparents, a neighbour, a teacher, a friend's parent.</source>
        <translation>Noch keine Kontakte. Fügen Sie die Menschen hinzu, an die sich Ihre Kinder wenden können: Großeltern, Nachbarn, eine Lehrkraft, die Eltern von Freunden.</translation>
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
        <source>check locally</source>
        <translation>vor Ort prüfen</translation>
    </message>
    <message>
        <source>This number or address could not be confirmed recently; check it.</source>
        <translation>Diese Nummer oder Adresse konnte zuletzt nicht bestätigt werden; bitte prüfen Sie sie.</translation>
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
        <source>This chooses the helplines shown in "Get help now" and how phone numbers are written.</source>
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
        <source>For example: Check the tablet's YouTube history together</source>
        <translation>Zum Beispiel: Gemeinsam den YouTube-Verlauf auf dem Tablet ansehen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
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
        <source>Check locally: this may have changed.</source>
        <translation>Bitte vor Ort prüfen: Das kann sich geändert haben.</translation>
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
        <source>Your family's online safety</source>
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
        <source>A call from "police" asking your child to keep a secret, a threat to share photos, a child who does not answer: the numbers to call and the first steps are here.</source>
        <translation>Ein Anruf der „Polizei“, die Ihr Kind zur Geheimhaltung drängt, eine Drohung, Fotos zu verbreiten, ein Kind, das sich nicht meldet: Hier finden Sie die wichtigen Nummern und die ersten Schritte.</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Hilfe jetzt</translation>
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
        <translation><numerusform>%1, %n Jahr (%3)</numerusform><numerusform>%1, %n Jahre (%3)</numerusform></translation>
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
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
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
        <source>There is no lesson called '%1'.</source>
        <translation>Es gibt keine Lektion namens „%1“.</translation>
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
        <source>Short lessons to read together: how scams and "online kidnapping" work, the warning signs, and what to say to your child. Each takes a few minutes.</source>
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
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Notiz speichern</translation>
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
        <source>%n lesson(s) found</source>
        <translation>
            <numerusform>%n Lektion gefunden</numerusform>
            <numerusform>%n Lektionen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n Lektion</numerusform>
            <numerusform>%n Lektionen</numerusform>
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
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
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
        <source>Opening your family's data…</source>
        <translation>Die Daten Ihrer Familie werden geöffnet…</translation>
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
        <source>Chooses the helplines shown in "Get help now" and how phone numbers are written</source>
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
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
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
        <source>Version %1. Everything you enter stays on this computer, in the folder %2. Not Alone never connects to the internet.</source>
        <translation>Version %1. Alles, was Sie eingeben, bleibt auf diesem Computer, im Ordner %2. Not Alone verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <source>This app was given to you by %1</source>
        <translation>Diese App haben Sie von %1 erhalten</translation>
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
</TS>