import { z } from "zod";
import { defineCue } from "../cue.ts";
import { defineIntent } from "../define-intent.ts";

/** "help", "wat kun je?": what the assistant can do. */
export const helpCue = defineCue(
  "help",
  [
    // "helppp": a held key is still the word; "hellup", "hepl", "hlep": the word mistyped, alone in the message.
    /^help+\b/,
    /^(?:hel+u+p+|hepl|hlep|hlpe|hple|hpel|ehlp|hlp|halp|hulpp+|hlup|hupl|uhlp)\b/,
    /(?<!\b(?:for|voor) (?:your|you|the|je|jouw|de|uw) )\bhelp$/,
    /^hulp$/,
    /\bwat kun je\b/,
    /\bwat kan je\b/,
    /\bwat kan ik\b/,
    /\bwat kun jij\b/,
    /\bwat doe (?:je|jij)\b/,
    // "u", "ya": you, typed short.
    /\bwhat (?:\w+ )?do (?:you|u|ya) do\b/,
    /\bwhat can (?:you|u|ya)\b/,
    // "could you give me an overview of what you can do": the overview is of the help, not of the survey.
    /\b(?:what|everything|all) (?:that )?(?:you|u) (?:can|could) do\b/,
    /\b(?:van )?wat (?:je|jij|u) (?:allemaal )?(?:kunt|kan)(?: doen)?$/,
    /\bwhat can i\b/,
    /\bwhat do you do\b/,
    /\bhoe werkt\b/,
    /\bhoe (?:dit|het|deze bot|jij|je) werkt\b/,
    /\bhow (?:this|it|you) works?\b/,
    // "how works this bot": the word order of a Dutch speaker.
    /\bhow works? (?:this|the|it|you)\b/,
    /\bhow does (?:this|it|the bot) work\b/,
    /\bhow do i use\b/,
    /\bhoe gebruik ik\b/,
    /\bwelke vragen\b/,
    /\bwhat (?:kind of |sort of )?questions\b/,
    // "wat can this assistant do": a Dutch speaker's English.
    /\bw(?:h)?at can (?:this|the|that) (?:\w+ )?do\b/,
    /\bwhat are you good at\b/,
    /\bwaar ben je goed in\b/,
    /\bcommando\w*/,
    /\bcommands?\b/,
    /\buitleg\b/,
    /\binstructi\w*/,
    /\b(?:gebruikers)?handleiding\b/,
    /\bgebruiksaanwijzing\b/,
    /\bmanual\b/,
    /\buser ?guide\b/,
    /\bmogelijkheden\b/,
    /\bopties\b/,
    /\boptions\b/,
    /\bwie ben je\b/,
    /\bneed (?:some |a little )?help\b/,
    /\bhulp nodig\b/,
    /\bwho are you\b/,
    // "helpen aub", "kun je me op weg helpen", "I have no clue what to type here", "what this assistant does".
    /^helpen\b/,
    /\bop weg (?:\w+ ){0,2}helpen\b/,
    /\bbegrijp niet wat ik\b/,
    /\bgebruik ik (?:jou|je|u|deze|dit)\b/,
    /\bwhat this (?:assistant|bot|thing|tool) (?:does|is for|can)\b/,
    /\bwhat (?:to|i should|i can|i could) (?:type|ask|write|say)\b/,
    // "what's in your toolbox?", "wat zit er in je gereedschapskist": what it can do, said as its tools.
    /\b(?:your|je|jouw|uw) (?:toolbox|toolkit|tool kit|skill ?set|repertoire|gereedschapskist|trukendoos)\b/,
  ],
  ["commando", "commands"],
);

/**
 * "hoe begin ik?", "how do I ask you something", "kun je uitleggen hoe dit werkt": a question about using the
 * assistant. Broad on purpose, so it only decides a message that no request scored for (the help's fallback).
 */
export const usageQuestionCue = defineCue("usageQuestion", [
  /\bhoe (?:werkt|gebruik|begin|start|vraag|moet ik|kan ik|doe ik)\b/,
  /\bhoe \w+ ik\b/,
  /\bhoe moet (?:dit|dat|het)\b/,
  /\bhoe ik (?:\w+ ){0,2}(?:moet |kan )?gebruiken\b/,
  /\bhow to use\b/,
  /\b(?:wat voor|what kind of|what sort of) (?:een )?(?:bot|assistent|assistant|ding|thing)\b/,
  /\bwat is dit voor (?:een )?(?:bot|ding)\b/,
  /\bwaar (?:ben|is) (?:je|jij|deze bot|dit|deze chat) (?:\w+ )?voor\b/,
  /\bwhat (?:are you|is this(?: \w+)?) (?:meant |there |good )?for\b/,
  /\b(?:kun|kan|wil) (?:je|jij|u) (?:me |mij )?helpen\b/,
  /\bcan you help(?: me)?\b/,
  /\bde weg kwijt\b/,
  /\bi (?:m|am) lost\b/,
  /\bvoorbeeld\w*/,
  /\bexamples?\b/,
  /\b(?:functies|functions|features)\b/,
  /\bleg\b.*\buit\b/,
  /\bwat (?:je|jij) (?:allemaal )?(?:kunt|kan|doet)\b/,
  /\bhow (?:does|do i|do you|can i|should i)\b/,
  /\b(?:uitleggen|explain)\b/,
  /\bwat (?:moet|kan|kun) ik\b/,
  /\bwhat (?:am i supposed|should i|do i do)\b/,
  /\b(?:waarvoor|waarmee) (?:kan|kun) ik\b/,
  /\bwhat can i use\b/,
  /\b(?:laat zien|toon) wat (?:je|jij) (?:kunt|kan)\b/,
  /\bshow (?:me )?what you can\b/,
  /\bget(?:ting)? (?:me )?started\b/,
  // "wat kan deze bot?", "what are you able to do", "I want to know what you can do": what it can do, asked any way.
  /\bwat (?:kan|kun|kunt) (?:deze|die|de|dit|je|jij|u)\b/,
  /\b(?:able to do|capable of)\b/,
  /\bwhat (?:you|this bot|the bot|it) (?:can|could) do\b/,
  // "wat voor dingen kan ik vragen", "what sort of things can I ask", "ik weet niet wat ik moet typen".
  /\b(?:kan|kun|mag|moet) ik (?:\w+ ){0,2}(?:vragen|typen|intypen|zeggen)\b/,
  /\b(?:can|could|should|do) i (?:\w+ ){0,2}(?:ask|type|say)\b/,
  /\b(?:weet|snap) (?:ik )?(?:\w+ )?niet (?:wat|hoe)\b/,
  /\b(?:do not|don t) (?:know|get|understand|see) (?:what|how)\b/,
  // "I've no clue what you understand", "geen idee wat je snapt", "ik snap niet welke zinnen je begrijpt".
  /\b(?:no clue|no idea|not sure|geen idee|geen flauw idee) (?:\w+ )?(?:what|how|which|wat|hoe|welke) (?:\w+ )?(?:you|u|je|jij|i|ik)\b/,
  /\b(?:weet|snap|begrijp) (?:ik )?(?:\w+ )?niet (?:welke|waar)\b/,
  /\bwelke (?:\w+ )?(?:zinnen|woorden|vragen|opdrachten|commando\w*) (?:je|jij|u) (?:\w+ )?(?:begrijpt|snapt|kent|verstaat|herkent)\b/,
  /\bwhich (?:\w+ )?(?:sentences|words|questions|commands|phrases) (?:you|u) (?:\w+ )?(?:understand|get|know|recogni[sz]e)\b/,
  // "i dont get what i can ask here": what to ask, said as a statement.
  /\bwhat i (?:can|could|should|may|am supposed to) (?:\w+ )?(?:ask|type|say|do)\b/,
  /\b(?:welke|wat voor) (?:opdrachten|vragen|dingen|taken)\b/,
  /\bopdrachten\b/,
  /\b(?:ken|begrijp|snap) (?:je|jij)\b/,
  /\bwat is de bedoeling\b/,
  /\bwhat (?:s|is) the (?:point|purpose|idea)\b/,
  /\bwaar dient (?:deze|dit|de)\b/,
  /\bwhat (?:does|do|can) (?:this|the|that|you) (?:\w+ ){0,3}(?:do|understand|know)\b/,
  // "waht sort of stuff do you do": "waht" is corrected before the cues read it.
  /\bwhat (?:(?:kinds?|sorts?|types?) of )?(?:things|else|stuff) (?:do|can|could) you\b/,
  /\b(?:things|dingen) (?:you|je|jij) (?:can|kunt|kan)\b/,
  /\bhow am i supposed to\b/,
  /\bik (?:\w+ ){0,3}(?:kan|kun|mag) vragen\b/,
  // "waar moet ik beginnen", "where do I start", "tips?": getting going.
  /\bwaar (?:moet|kan) ik (?:\w+ )?beginnen\b/,
  /\bwhere (?:do|should|can) i (?:\w+ )?(?:start|begin)\b/,
  /^tips?$/,
  /\bwhat (?:s|is) (?:this|the) (?:bot|assistant|chat|thing) for\b/,
  // "je begrijpt me niet", "this is confusing": stuck; the help is what helps.
  /\b(?:begrijpt|snapt|verstaat) (?:me|mij) niet\b/,
  /\b(?:do not|don t|does not) understand me\b/,
  /\bsnap (?:er )?(?:niks|niets) van\b/,
  /\b(?:this is|it s|so) confusing\b/,
  /\bwat doe ik (?:\w+ )?fout\b/,
  /\bkom er niet uit\b/,
  /\bwhat am i doing wrong\b/,
  /\bwaar begin ik\b/,
  /\bwhere to (?:start|begin)\b/,
  /\b(?:lijst\w*|list) (?:van |of |met )?(?:dingen|things|wat je|what you)\b/,
  /\bhoe werk (?:je|jij)\b/,
  /\b(?:ik ben nieuw|i m new|i am new)\b/,
  /\bhelp ?functi\w*/,
  /\bhelp function\b/,
  /\blastig ?vallen\b/,
  /\b(?:what|which) (?:kinds?|sorts?|types?) of (?:questions|things|requests)\b/,
  /\bsupposed to use\b/,
  /\bwhat you can (?:help|do|assist)\b/,
  /\bwat (?:begrijp|snap|versta) (?:je|jij)\b/,
]);

/**
 * "kan je ook afspraken plannen?", "wat moet ik typen om een afspraak te maken", "can you also make charts?": a
 * question about what the assistant can do or how to ask it, even when it names what it asks about.
 */
export const howToAskCue = defineCue("howToAsk", [
  /^(?:en )?(?:kan|kun|kunt) (?:je|jij|u) (?:ook|eigenlijk|uberhaupt)\b/,
  /^(?:and )?(?:can|could) you (?:also|actually|even)\b/,
  /\bwat (?:moet|kan) ik (?:\w+ )?(?:typen|intypen|zeggen|vragen|schrijven) (?:om|als)\b/,
  // "mijn collega zei dat je ook afspraken kunt plannen", "I heard you can also do charts": what it can, heard of.
  /\b(?:zei|zegt|zeggen|hoorde|gehoord|las|gelezen) (?:\w+ )?dat (?:je|jij|u) (?:\w+ )?ook\b/,
  /\b(?:said|says|heard|read|told me) (?:that )?(?:you|u) can (?:\w+ )?(?:also|too|as well)\b/,
  /\bwhat (?:do|should|can) i (?:\w+ )?(?:type|say|write|ask) to\b/,
  /\bhoe (?:kan|moet) ik (?:\w+ )?(?:jou|je) (?:\w+ )?(?:laten|vragen)\b/,
  // "kun jij grafieken maken of niet?", "werkt dit ook voor herinneringen?", "can I look up contacts through you?".
  /^(?:kun|kan|kunt) (?:jij|je|u) .*\bof niet$/,
  /\b(?:via|through) (?:jou|you)\b/,
  /\b(?:werkt|works?) (?:dit|this|it|het|deze bot) (?:ook |also )?(?:for|voor|with|met)\b/,
  /\b(?:does|do|will|would) (?:this|it|you) (?:also |even )?work (?:for|with)\b/,
  /\b(?:are you|ben je|ben jij) (?:able|in staat)\b/,
  /^(?:can|could) you .*\b(?:too|as well|also)\b/,
  /^(?:kun|kan|kunt) (?:je|jij|u) .*\book\b/,
  /\b(?:can|could) (?:you|i) (?:\w+ ){0,3}(?:too|as well)\b/,
  // "so what else can you do besides the agenda stuff?", "wat kun je nog meer?": more than what it names.
  /\bwhat else (?:can|could|do) (?:you|u)\b/,
  /\bwat (?:kun|kan|kunt|doe) (?:je|jij|u) (?:nog |verder |allemaal )*meer\b/,
  // "welke dingen kan ik je vragen over gemeenten?", "which questions about municipalities can you answer?".
  /\b(?:welke|wat voor) (?:soort )?(?:dingen|vragen|zaken) (?:kan|kun|mag) ik (?:\w+ ){0,4}(?:vragen|stellen)\b/,
  /\b(?:which|what) (?:(?:kinds?|sorts?|types?) of )?(?:questions|things|requests) (?:\w+ ){0,3}(?:can|could|do) (?:you|u) (?:answer|handle|help with|deal with)\b/,
  /\b(?:which|what) (?:(?:kinds?|sorts?|types?) of )?(?:questions|things) (?:can|could|may) i (?:\w+ ){0,3}ask\b/,
]);

/** What the assistant can do. */
export const help = defineIntent({
  name: "help",
  schema: z.object({ intent: z.literal("help") }),
  score: (e) =>
    (e.cues.has(helpCue) ? 3.2 : 0) +
    (e.cues.has(howToAskCue) && !e.hasBody && e.isQuestion ? 6 : 0) -
    (e.hasBody ? 2 : 0) -
    (e.surveyValue ? 1 : 0),
  build: () => ({ intent: "help" as const }),
  fallback: (a) => a.evidence.cues.has(usageQuestionCue) && !a.evidence.hasBody,
  examples: {
    nl: ["help", "wat kun je allemaal?", "hoe werkt deze bot?", "welke commando's zijn er?"],
    en: ["help", "what can you do?", "how do I use this?", "which commands are there?"],
  },
});
