<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChecklistDetails</name>
    <message numerus="yes">
        <source>Once done, check again every %n day(s).</source>
        <translation>
            <numerusform>Once done, check again every %n day.</numerusform>
            <numerusform>Once done, check again every %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%n contact(s) imported.</source>
        <translation>
            <numerusform>%n contact imported.</numerusform>
            <numerusform>%n contacts imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) saved to %1.</source>
        <translation>
            <numerusform>%n contact saved to %1.</numerusform>
            <numerusform>%n contacts saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <source>%n item(s) due for review</source>
        <translation>
            <numerusform>%n item due for review</numerusform>
            <numerusform>%n items due for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioChat</name>
    <message numerus="yes">
        <source>Score: %1 of %n good replies</source>
        <translation>
            <numerusform>Score: %1 of %n good replies</numerusform>
            <numerusform>Score: %1 of %n good replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenariosView</name>
    <message numerus="yes">
        <source>played %n time(s)</source>
        <translation>
            <numerusform>played %n time</numerusform>
            <numerusform>played %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VcardImportDialog</name>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>%n contact will be added.</numerusform>
            <numerusform>%n contacts will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are already in your list.</source>
        <translation>
            <numerusform>%n contact is already in your list.</numerusform>
            <numerusform>%n contacts are already in your list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; see below.</source>
        <translation>
            <numerusform>%n problem was found; see below.</numerusform>
            <numerusform>%n problems were found; see below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%1, %n year(s) (%3)</source>
        <translation>
            <numerusform>%1, %n year (%3)</numerusform>
            <numerusform>%1, %n years (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonSheet</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) found</source>
        <translation>
            <numerusform>%n lesson found</numerusform>
            <numerusform>%n lessons found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>Due for review on your checklist: %n safety step(s). Open Not Alone to go through them.</source>
        <translation>
            <numerusform>Due for review on your checklist: %n safety step. Open Not Alone to go through them.</numerusform>
            <numerusform>Due for review on your checklist: %n safety steps. Open Not Alone to go through them.</numerusform>
        </translation>
    </message>
</context>
</TS>
