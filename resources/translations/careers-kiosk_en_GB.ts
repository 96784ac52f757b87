<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who we work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised crime does not stop at borders, so neither do we. Our partners against it include:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>South East Regional Organised Crime Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you help stop serious and organised crime?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the screen to explore careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vacancies in this kiosk are examples (sample data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome screen. Touch to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapabilitiesScreen</name>
    <message>
        <source>Roles by capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police officers and police staff work side by side in each of our capabilities. Choose one to see its roles and vacancies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapabilityScreen</name>
    <message>
        <source>See the vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the vacancies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles for police officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles for police staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None listed at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Current vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police officer careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police staff careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we do, who we work with, and why it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles by capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence, specialist investigation and covert work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careers at SEROCU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or choose the kind of career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detectives, investigators and specialist officers. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysts, researchers, technical and forensic specialists. %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDelegate</name>
    <message>
        <source>Closes today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDetailScreen</name>
    <message>
        <source>Apply on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at the code to open this vacancy and apply online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data: the vacancies shown are examples, not real jobs you can apply for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careers Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and go back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a staff PIN of 8 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN will not do: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs were different. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This try could not be recorded (the disk may be full or read-only), so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>No bundle found. Put a USB drive in with a .kioskbundle file at its top level or in a careers-kiosk folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the welcome screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap again to go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load job data from a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest (anonymous counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the counts to the USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap again to exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Published %2 by %3
%4%5
Careers Kiosk %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sample data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
It is older than the live data (published %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot go back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counts are kept on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB drive found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StillTherePrompt</name>
    <message>
        <source>Yes, I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I&apos;m still here: keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk will start again for the next visitor in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk will start again for the next visitor in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VacanciesScreen</name>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police officer or police staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: touch here to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing soonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vacancies match your choices. Try fewer filters or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 vacancies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>1 vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open vacancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes today: last day to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left to apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
