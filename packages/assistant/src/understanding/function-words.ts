/*
 * Words that carry no request of their own in Dutch or English (articles, pronouns, auxiliaries, particles,
 * politeness): a message's other words must each be explained by a cue or a slot.
 */
const words = `
de het een den der des 't van voor op in aan bij met naar om uit over onder tot tegen door te ten ter na per
en of maar want dus ook nog al wel niet toch even eens maar eigenlijk gewoon echt zeker misschien graag alsjeblieft aub
ik jij je u hij zij ze wij we jullie mij me mijn ons onze jou jouw hun hen haar hem zijn is ben bent was waren
wordt worden werd heb hebt heeft hebben had hadden kan kun kunt kunnen mag mogen moet moeten wil wilt willen zal
zou zullen zouden er hier daar dit dat deze die wat wie welke welk waar wanneer hoe waarom hoeveel
dan als zo toe mee af erin erop ervan eraan
the a an of for on in at to from by with about into over under up down off out and or but so also still
yet not no do does did done is are was were be been being am has have had having can could shall should will
would may might must i you he she it we they me him her us them my your his its our their this that these those
what which who whom whose where when how why there here then than as if please thanks thank just really
me s t
`;

/** The function words of Dutch and English, normalized. */
export const functionWords: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));
