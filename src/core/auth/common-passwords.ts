/**
 * Frequently breached passwords of twelve characters or more, and common bases that
 * people pad to reach twelve (checked after stripping trailing digits and symbols).
 * Lower case; the check lower-cases the candidate first.
 */
const LIST = `
password1234 password12345 password123456 password1234567 passwordpassword
123456789012 1234567890123 12345678901234 qwertyuiopasdf qwertyuiop123 qwerty123456
qwertyuiopas 1q2w3e4r5t6y 1qaz2wsx3edc zaq12wsxcde3 q1w2e3r4t5y6 abcdefghijkl
iloveyou1234 welcome12345 welcome123456 letmein12345 football1234 baseball1234
superman1234 princess1234 sunshine1234 trustno11234 monkey123456 dragon123456
administrator admin1234567 adminadmin12 changeme1234 changemenow! azertyuiopqs
azerty123456 motdepasse12 motdepasse123 wachtwoord12 wachtwoord123 bonjour12345
brussel12345 bruxelles123 brussels1234 belgique1234 belgie123456 parcours1234
p@ssw0rd1234 passw0rd1234 correcthorsebatterystaple
password passw0rd p@ssw0rd qwerty qwertyuiop azerty azertyuiop welcome letmein
iloveyou admin administrator changeme motdepasse wachtwoord bonjour hallo hello
football baseball superman batman princess sunshine monkey dragon master shadow
michael jennifer jessica charlie brussel bruxelles brussels belgique belgie belgium
parcours actiris summer winter spring autumn secret trustno1 starwars computer
internet samsung google facebook
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
