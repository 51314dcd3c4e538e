//! Table tests of the constructions: input sentence → (cue, source phrase, content).

use crate::{analyze, RuleSet};

/// The first attribution of `input`: cue text, mention text, content text.
fn check(input: &str, expect: Option<(&str, &str, &str)>) {
    let rules = RuleSet::embedded();
    let analysis = analyze(input, &rules);
    let got = analysis.attributions.iter().find(|a| !a.derived).map(|a| {
        (
            a.cue.as_ref().map_or("", |c| c.span.slice(input)),
            a.mention.as_ref().map_or("", |m| m.span.slice(input)),
            a.content.slice(input),
        )
    });
    assert_eq!(got, expect, "{input}");
}

#[test]
fn quotes_then_speaker() {
    check(
        "“We heard it Tuesday,” said the source.",
        Some(("said", "the source", "We heard it Tuesday,")),
    );
    check(
        "“Prices rose,” the second source said.",
        Some(("said", "the second source", "Prices rose,")),
    );
    check(
        "“Prices rose,” she said, “and wages fell.”",
        Some(("said", "she", "Prices rose,")),
    );
    check(
        "“It is over,” said Ana Ruiz, a spokeswoman for the port.",
        Some(("said", "Ana Ruiz", "It is over,")),
    );
    check(
        "“It is over,” Ruiz has also said.",
        Some(("has also said", "Ruiz", "It is over,")).map(|(_, m, c)| ("said", m, c)),
    );
    // A clause after the name is the sentence's tail, even when a role
    // in lower case opens the speaker's phrase.
    check(
        "“The pier is unsafe,” said county clerk Dan Okafor when asked about the ferry.",
        Some(("said", "county clerk Dan Okafor", "The pier is unsafe,")),
    );
    // A relative clause with a cue of its own is no part of the speaker's
    // phrase: it attributes its own content.
    check_all(
        "The fee “was set too low,” said a port official who ran the docks and described the lease as “a lesser evil.”",
        &[
            ("said", "a port official", "The fee “was set too low,”"),
            ("described", "a port official", "the lease as “a lesser evil.”"),
        ],
    );
}

#[test]
fn speaker_then_content() {
    check(
        "The source said that the order came Tuesday.",
        Some(("said", "The source", "the order came Tuesday")),
    );
    check(
        "A trader in the port told the paper that prices rose.",
        Some(("told", "A trader in the port", "prices rose")),
    );
    check(
        "Officials said in a statement that talks failed.",
        Some(("said", "Officials", "talks failed")),
    );
    // A relative clause between commas may describe where it was said.
    check(
        "Lee said on the radio, where she is a regular guest, that the ferry would stop.",
        Some(("said", "Lee", "the ferry would stop")),
    );
    check(
        "Ruiz told the council in May, when the fees rose, that the pier was safe.",
        Some(("told", "Ruiz", "the pier was safe")),
    );
    // What puts documents together speaks for them; a participle with
    // its adverbial describes them.
    check(
        "An average of recent surveys shows the levy losing.",
        Some(("shows", "An average of recent surveys", "the levy losing")),
    );
    check(
        "Surveys conducted over the summer show the levy losing.",
        Some(("show", "Surveys conducted over the summer", "the levy losing")),
    );
    // A relative clause with no relative word describes the source.
    check(
        "All the pilots I interviewed said the charts were out of date.",
        Some((
            "said",
            "All the pilots I interviewed",
            "the charts were out of date",
        )),
    );
    check(
        "Residents we reached by phone said the water was unsafe.",
        Some(("said", "Residents we reached by phone", "the water was unsafe")),
    );
    check(
        "“Prices doubled,” said the traders we spoke to.",
        Some(("said", "the traders we spoke to", "Prices doubled,")),
    );
    // Where the words were said is no part of them.
    check(
        "The lawyer told reporters outside the courthouse that his client would appeal.",
        Some(("told", "The lawyer", "his client would appeal")),
    );
    check(
        "A parent said afterward that neither candidate had convinced her.",
        Some(("said", "A parent", "neither candidate had convinced her")),
    );
    check(
        "The minister said during a visit to the port that fares would fall.",
        Some(("said", "The minister", "fares would fall")),
    );
    check(
        "The mayor told reporters, “We will rebuild.”",
        Some(("told", "The mayor", "We will rebuild.")),
    );
    check(
        "The mayor said: “We will rebuild.”",
        Some(("said", "The mayor", "We will rebuild.")),
    );
    check(
        "Experts believe the dam will hold.",
        Some(("believe", "Experts", "the dam will hold")),
    );
    // "that" or a quotation right after the cue vouches for a subject whose
    // head noun the lexicon does not know; a relative clause after an
    // adverbial does not.
    check(
        "The ferryman pointed out that the pier was unsafe.",
        Some(("pointed out", "The ferryman", "the pier was unsafe")),
    );
    check(
        "The latest delay adds to the confusion that hangs over the pier.",
        None,
    );
    check(
        "As of Monday, the Port Authority declined to comment.",
        Some(("declined to comment", "the Port Authority", "declined to comment")),
    );
    // A cue word inside a non-response is no cue of its own.
    check(
        "Dana Lee, a campaign spokeswoman, did not respond to messages.",
        Some((
            "did not respond",
            "Dana Lee, a campaign spokeswoman",
            "did not respond to messages",
        )),
    );
    check(
        "Despite the warnings, sources say the plan will go ahead.",
        Some(("say", "sources", "the plan will go ahead")),
    );
}

#[test]
fn as_the_source_put_it() {
    check(
        "The main test is a “lawful source of income,” as an agency memo put it.",
        Some((
            "put it",
            "an agency memo",
            "The main test is a “lawful source of income,”",
        )),
    );
    check(
        "The main test is a lawful source of income, as Lee noted.",
        Some(("noted", "Lee", "The main test is a lawful source of income")),
    );
    // Fronted, the aside may end in a short adverbial; set off inside the
    // clause it reports, it reports the whole clause around it.
    check(
        "As the mayor noted on Monday, the port will reopen.",
        Some(("noted", "the mayor", "the port will reopen")),
    );
    check(
        "The port, as the mayor noted, will reopen.",
        Some(("noted", "the mayor", "The port, as the mayor noted, will reopen")),
    );
    check(
        "Lee said that the outcome, as he once explained, was a “bubble.”",
        Some((
            "said",
            "Lee",
            "the outcome, as he once explained, was a “bubble.”",
        )),
    );
    check_all(
        "Lee argued that the levy, as he once explained, was too high.",
        &[
            ("argued", "Lee", "the levy, as he once explained, was too high"),
            ("explained", "he", "the levy, as he once explained, was too high"),
        ],
    );
    // After a fronted phrase a subject opens the clause the aside reports.
    check(
        "In the end, as Lee said, the port closed.",
        Some(("said", "Lee", "the port closed")),
    );
    check(
        "As Lee said by phone on Monday, the port will reopen.",
        Some(("said", "Lee", "the port will reopen")),
    );
    // "as well as" compares.
    check_all(
        "Fans posted notes, as well as the letters sent by friends around the world, from poets to mayors.",
        &[],
    );
    // "to" after the verb opens an infinitive, not an aside's adverbial.
    check(
        "As Lee vowed to cut taxes, he smiled.",
        Some(("vowed", "Lee", "to cut taxes")),
    );
    // A verb of telling names its listener before the aside's comma.
    check(
        "As Lee told reporters on Monday, the port will reopen.",
        Some(("told", "Lee", "the port will reopen")),
    );
    check(
        "The port, as Lee told reporters, will reopen.",
        Some(("told", "Lee", "The port, as Lee told reporters, will reopen")),
    );
    // A "that" right before the aside is the clause's whole subject.
    check(
        "The fee rose, and that, as Lee noted, is rare.",
        Some(("noted", "Lee", "that, as Lee noted, is rare")),
    );
    // Without a quotation the idiom reports nothing, and neither does "put it".
    check("The main test is income, as Lee put it.", None);
    check("He put it on the table.", None);
    // "as expected" is a hedge that names no one.
    check_unclaimed("Prices rose, as expected.", None);
}

#[test]
fn content_then_speaker() {
    check(
        "Prices doubled in March, traders familiar with the market told the paper.",
        Some((
            "told",
            "traders familiar with the market",
            "Prices doubled in March",
        )),
    );
    check(
        "Prices doubled, said Ana Ruiz, an economist.",
        Some(("said", "Ana Ruiz", "Prices doubled")),
    );
    // A day and a place after the cue, then a second cue hanging off it.
    check_all(
        "The levy is a mistake, Ruiz said Friday in Dover, noting that fares “keep climbing.”",
        &[
            ("said", "Ruiz", "The levy is a mistake"),
            ("noting", "Ruiz", "fares “keep climbing.”"),
        ],
    );
    check(
        "According to the second source, prices fell.",
        Some(("According to", "the second source", "prices fell")),
    );
    check(
        "Prices fell, according to port records.",
        Some(("according to", "port records", "Prices fell")),
    );
    check(
        "The ferry will stop, the harbor master said to reporters.",
        Some(("said", "the harbor master", "The ferry will stop")),
    );
    // An infinitive after the cue is its content, so a phrase before the
    // comma is no reported clause with the speaker after it.
    check(
        "On Thursday, the harbor master vowed to reopen the ferry.",
        Some(("vowed", "the harbor master", "to reopen the ferry")),
    );
    check(
        "For a start, the union wants to raise the fees.",
        Some(("wants", "the union", "to raise the fees")),
    );
    // A short phrase that opens the sentence reports nothing either, and a
    // clause after it still does.
    check(
        "In a memo, the harbor master complained about the ferry.",
        Some(("complained", "the harbor master", "about the ferry")),
    );
    check(
        "Since then, the union has warned of strikes.",
        Some(("warned", "the union", "of strikes")),
    );
    check(
        "At least 12 sailed, the harbor master said.",
        Some(("said", "the harbor master", "At least 12 sailed")),
    );
    check(
        "At least 12 sank, the harbor master said.",
        Some(("said", "the harbor master", "At least 12 sank")),
    );
    check(
        "This will fail, the harbor master said.",
        Some(("said", "the harbor master", "This will fail")),
    );
    check(
        "In March, ferry fares doubled, the harbor master said.",
        Some(("said", "the harbor master", "In March, ferry fares doubled")),
    );
}

#[test]
fn not_attribution() {
    check("The report was late.", None);
    check(
        "Though the country has yet to report a case, it closed schools.",
        None,
    );
    check("The decision says nothing.", None);
    check("He went to the market to say hello.", None);
    check("“They say it is over.”", None);
    check("The bridge is going to close in May.", None);
    // Where the reporting came from is no content of it; a clause after
    // that place is.
    check("Ana Ruiz reported from the harbor.", None);
    check(
        "Ana Ruiz reported from the harbor that the ferry had sunk.",
        Some(("reported", "Ana Ruiz", "the ferry had sunk")),
    );
}

/// A phrase of time between the auxiliary and the cue is no part of the
/// subject; after the subject's noun it describes the noun.
#[test]
fn a_phrase_between_the_auxiliary_and_the_cue() {
    check(
        "The mayor has in the past said the bridge is safe.",
        Some(("said", "The mayor", "the bridge is safe")),
    );
    check(
        "Lee had on several occasions argued that the fee was too low.",
        Some(("argued", "Lee", "the fee was too low")),
    );
    check(
        "Officials in the port said the ferry was late.",
        Some(("said", "Officials in the port", "the ferry was late")),
    );
    check(
        "The fee stayed, even after the board ruled that it was unfair.",
        Some(("ruled", "the board", "it was unfair")),
    );
    check(
        "Her best friend, who was at the dinner and recalled his tendency to storm out, spoke first.",
        Some(("recalled", "Her best friend", "his tendency to storm out")),
    );
    check(
        "Most of the fleet is in waters where officials said the levy applies.",
        Some(("said", "officials", "the levy applies")),
    );
    check(
        "The port is in what the mayor called a “deep slump.”",
        Some(("called", "the mayor", "what the mayor called a “deep slump.”")),
    );
}

/// A cue in the passive with its agent after "by": the agent is the
/// source; the subject is the content, or for a verb with a listener the
/// clause after the agent.
#[test]
fn passive_with_an_agent() {
    check(
        "The levy was denounced by traders.",
        Some(("was denounced by", "traders", "The levy")),
    );
    // The agent ends where what follows it opens; the tense and an adverb
    // belong to the cue.
    check(
        "The ferry plan has been widely criticized by dockworkers for its cost.",
        Some(("has been widely criticized by", "dockworkers", "The ferry plan")),
    );
    check(
        "The toll was first reported by the Harbor Courier.",
        Some(("was first reported by", "the Harbor Courier", "The toll")),
    );
    check(
        "The proposal was rejected by 64 percent of voters.",
        Some(("was rejected by", "64 percent of voters", "The proposal")),
    );
    // After a subordinator the subject is the one in its clause.
    check(
        "The talks stalled when the envoy was accused by rivals of leaking them.",
        Some(("was accused by", "rivals", "the envoy")),
    );
    // A verb with a listener reports the clause after the agent.
    check(
        "The captain was told by engineers that the hull was cracked.",
        Some(("was told by", "engineers", "the hull was cracked")),
    );
    check(
        "The captain was warned by inspectors that the hull could fail.",
        Some(("was warned by", "inspectors", "the hull could fail")),
    );
    check(
        "The mayor was urged by aides to resign.",
        Some(("was urged by", "aides", "to resign")),
    );
    // "to" before a phrase is no infinitive.
    check(
        "The ferry was praised by riders to the skies.",
        Some(("was praised by", "riders", "The ferry")),
    );
    // Inside a reported clause the passive is part of what was said.
    check(
        "Lee said the levy was denounced by traders.",
        Some(("said", "Lee", "the levy was denounced by traders")),
    );
    // Not a stance anyone took: a possible act, a name, authorship, a
    // relative word or a predicate with no subject of its own, an agent
    // that names no one, and a verb that is no cue.
    for sentence in [
        "The levy could be rejected by voters in May.",
        "The captain could easily be told by engineers that the hull is cracked.",
        "The captain could be told by engineers that the hull is cracked.",
        "The captain is likely to be warned by inspectors that the hull could fail.",
        "The ferry sailed late and was denounced by traders.",
        "The fund would come to be known by traders as the kitty.",
        "Most of the reports were written by interns.",
        "The levy, which was denounced by traders, took effect in May.",
        "The ferry sailed late and was denounced by nobody.",
        "The pier was damaged by the storm.",
        "He was called by his first name.",
    ] {
        check(sentence, None);
    }
}

#[test]
fn agentless() {
    check(
        "It is believed that the ship sank.",
        Some(("It is believed", "", "the ship sank")),
    );
    check(
        "The ship reportedly sank.",
        Some(("reportedly", "", "The ship reportedly sank")),
    );
    // Before a verb of saying the adverb only hedges it.
    check(
        "At the gate, Lee reportedly said, “Ask the builders,” and left.",
        Some(("said", "Lee", "Ask the builders,")),
    );
    check(
        "The mayor allegedly told aides that the audit was rigged.",
        Some(("told", "The mayor", "the audit was rigged")),
    );
    // A raising passive: the subject belongs to what nobody is said to expect.
    check(
        "The bridge is expected to close in May.",
        Some(("is expected to", "", "The bridge is expected to close in May")),
    );
    // After a comma and a conjunction, a clause of its own is hedged, not
    // the clause before it, and a clause inside its words holds the
    // subject. A subject that a comma parts from its verb is the
    // sentence's, as in a list.
    check(
        "Fares rose in May, and the bridge is expected to close in June.",
        Some(("is expected to", "", "the bridge is expected to close in June")),
    );
    check(
        "The crews could strike, but the mayor does not seem to be worried.",
        Some(("seem to", "", "the mayor does not seem to be worried")),
    );
    check(
        "The vote, and the fee, is expected to pass.",
        Some(("is expected to", "", "The vote, and the fee, is expected to pass")),
    );
    check(
        "Crews need a win, and to show why the plan is expected to work.",
        Some(("is expected to", "", "the plan is expected to work")),
    );
    check(
        "Fares rose in May, and the bridge will shut and is expected to reopen.",
        Some((
            "is expected to",
            "",
            "the bridge will shut and is expected to reopen",
        )),
    );
    // A verb of appearance hedges an inference no one is named for: a
    // raising verb like "is expected to".
    check(
        "The senator appeared to concede the seat.",
        Some(("appeared to", "", "The senator appeared to concede the seat")),
    );
    check(
        "The talks seem to have stalled over the fee.",
        Some(("seem to", "", "The talks seem to have stalled over the fee")),
    );
    // The inference ends where a reported clause would.
    check(
        "The port seems to be recovering, compared with last year.",
        Some(("seems to", "", "The port seems to be recovering")),
    );
    // A quotation after an agentless cue is still nobody's: the subject
    // before the cue is what the words are about, not who said them.
    check(
        "Harbor master Ana Ruiz was said to be “beside herself” over the fees.",
        Some((
            "was said to",
            "",
            "Harbor master Ana Ruiz was said to be “beside herself” over the fees",
        )),
    );
    check(
        "Harbor master Ana Ruiz was “beside herself” over the fees.",
        Some(("was", "Harbor master Ana Ruiz", "“beside herself” over the fees")),
    );
    // After "what" the hedge is part of a noun phrase ("what appears to be
    // fraud" is "apparent fraud") and frames no clause.
    check("The crew patched what seems to be rust damage.", None);
    check("The board met on what is expected to be its last day.", None);
}

#[test]
fn a_passive_of_opinion_names_no_one() {
    // "Is seen as", "was widely viewed as": a view nobody is named for,
    // whose subject belongs to the content as a raising verb's does.
    check(
        "The harbor master is widely seen as the favorite.",
        Some((
            "is widely seen as",
            "",
            "The harbor master is widely seen as the favorite",
        )),
    );
    check(
        "The fee was viewed as a tax on fishing crews.",
        Some((
            "was viewed as",
            "",
            "The fee was viewed as a tax on fishing crews",
        )),
    );
    // After an auxiliary the frame starts at "be" or "been".
    check(
        "Ruiz has long been regarded as a moderate on the board.",
        Some((
            "been regarded as",
            "",
            "Ruiz has long been regarded as a moderate on the board",
        )),
    );
    check(
        "The cut could be seen as a snub to the crews.",
        Some(("be seen as", "", "The cut could be seen as a snub to the crews")),
    );
    check(
        "The levy is considered to be the largest in the state.",
        Some((
            "is considered to",
            "",
            "The levy is considered to be the largest in the state",
        )),
    );
    // The view ends where a reported clause would.
    check(
        "Lee is seen as the favorite, while Kim trails in the polls.",
        Some(("is seen as", "", "Lee is seen as the favorite")),
    );
    // An aim to be seen is the subject's own, and "what is seen as" names a
    // thing; neither hedges a clause.
    check("Ruiz worked hard to be seen as fair to the crews.", None);
    check("The board met on what was seen as its last day.", None);
    // Without "as" the verb is one of sight, and without "be" the
    // participle describes its noun.
    check("The ferry was seen near the breakwater at noon.", None);
    check("Ruiz, seen as the favorite, met the crews on Monday.", None);
    // A verb of saying in the sentence reads it; the view in a relative
    // clause is no attribution of its own.
    check(
        "Ruiz, who is seen as the favorite, said the port would close.",
        Some((
            "said",
            "Ruiz, who is seen as the favorite",
            "the port would close",
        )),
    );
    // In a relative clause the view is of the pronoun's antecedent: the
    // content is the clause, up to the comma or dash that closes it.
    check(
        "The union, which is seen as close to the mayor, met on Monday.",
        Some(("is seen as", "", "which is seen as close to the mayor")),
    );
    check(
        "Kim — who was long regarded as a lightweight — won the seat.",
        Some((
            "was long regarded as",
            "",
            "who was long regarded as a lightweight",
        )),
    );
    check(
        "The fee, which has long been seen as a tax, rose in May.",
        Some(("been seen as", "", "which has long been seen as a tax")),
    );
    // The relative word is found as a cue's is: past a first predicate
    // joined by "and", or a short phrase of time.
    check(
        "Kim, who won in May and is widely seen as the favorite, met the crews.",
        Some((
            "is widely seen as",
            "",
            "who won in May and is widely seen as the favorite",
        )),
    );
    check(
        "The levy, which in 2019 was seen as a tax, rose in May.",
        Some(("was seen as", "", "which in 2019 was seen as a tax")),
    );
    check(
        "The board hired a clerk who is expected to start in May.",
        Some(("is expected to", "", "who is expected to start in May")),
    );
}

#[test]
fn a_linking_verb_hedges_its_predicate() {
    // "Seem" and "appear" hedge a predicate as they hedge an infinitive:
    // the writer infers it, and the subject belongs to the inference.
    check(
        "The mayor seemed irritated by the question.",
        Some(("seemed", "", "The mayor seemed irritated by the question")),
    );
    // The inference ends where a reported clause would.
    check(
        "The talks appear all but dead, compared with last week.",
        Some(("appear", "", "The talks appear all but dead")),
    );
    check(
        "The ferry plan seems like a long shot.",
        Some(("seems", "", "The ferry plan seems like a long shot")),
    );
    check(
        "The chief appeared visibly shaken.",
        Some(("appeared", "", "The chief appeared visibly shaken")),
    );
    // A quoted predicate is inferred too, not the subject's words.
    check(
        "Lee seemed “livid” about the vote.",
        Some(("seemed", "", "Lee seemed “livid” about the vote")),
    );
    // An empty "it" is no part of the inference; a referring one is.
    check(
        "It now seems likely that the levy will pass.",
        Some(("seems", "", "likely that the levy will pass")),
    );
    check(
        "It seems that the council has too many members.",
        Some(("seems", "", "the council has too many members")),
    );
    check(
        "It seemed like an impossible task.",
        Some(("seemed", "", "It seemed like an impossible task")),
    );
    check(
        "The crews struck, and the mayor seemed tired.",
        Some(("seemed", "", "the mayor seemed tired")),
    );
    check(
        "The fares rose, and to many the plan seemed unfair.",
        Some(("seemed", "", "to many the plan seemed unfair")),
    );
    check(
        "It was late when the mayor seemed tired.",
        Some(("seemed", "", "It was late when the mayor seemed tired")),
    );
    check(
        "It seemed that way to the crew.",
        Some(("seemed", "", "It seemed that way to the crew")),
    );
    // "Appear" is also to show up: at a place, a time or an occasion, or
    // some number of times.
    check("The mayor appeared on the evening news.", None);
    check("The mayor appeared Monday before the board.", None);
    check("The mayor appeared briefly at the rally.", None);
    check("Her name appears twice in the report.", None);
    check("The mayor appeared, then left.", None);
    check("The mayor appeared 12 times on the show.", None);
    check("The mayor appeared the next day on the show.", None);
    // An aim or a thing named is no inference.
    check("The candidates tried to appear calm.", None);
    check("The crew patched what seemed rust damage.", None);
    // A cue of the lexicon that opens with the verb reads first ("seemed
    // confident" is a belief the subject holds), and any other attribution
    // in the sentence leaves the hedge alone.
    check(
        "Lee seemed confident that the levy would pass.",
        Some(("seemed confident", "Lee", "the levy would pass")),
    );
    check(
        "Lee, who has backed Ruiz, appeared ready to reconcile.",
        Some(("backed", "Lee", "Ruiz")),
    );
}

/// Every attribution the grammar found in `input`: cue, mention, content.
fn check_all(input: &str, expect: &[(&str, &str, &str)]) {
    let rules = RuleSet::embedded();
    let analysis = analyze(input, &rules);
    let got: Vec<(&str, &str, &str)> = analysis
        .attributions
        .iter()
        .filter(|a| !a.derived)
        .map(|a| {
            (
                a.cue.as_ref().map_or("", |c| c.span.slice(input)),
                a.mention.as_ref().map_or("", |m| m.span.slice(input)),
                a.content.slice(input),
            )
        })
        .collect();
    assert_eq!(got, expect, "{input}");
}

#[test]
fn participle_after_a_clause() {
    check_all(
        "The governor released a statement Tuesday, saying “We are ready.”",
        &[("saying", "The governor", "We are ready.")],
    );
    check_all(
        "The mayor said the road would reopen, adding that crews were ready.",
        &[
            ("said", "The mayor", "the road would reopen"),
            ("adding", "The mayor", "crews were ready"),
        ],
    );
    check_all(
        "Residents packed the hall on Monday, telling the council they opposed the tower.",
        &[("telling", "Residents", "they opposed the tower")],
    );
    check_all("Prices rose again, adding to the strain on families.", &[]);
    // A preposition that rounds a number opens the reported clause.
    check_all(
        "The mayor cut spending, saying that about 500 jobs would remain.",
        &[("saying", "The mayor", "about 500 jobs would remain")],
    );
    // A plural subject speaks through a participle even with no quotation.
    check_all(
        "Democrats blocked the measures, saying they infringe on rights.",
        &[("saying", "Democrats", "they infringe on rights")],
    );
    // The writer's "here" opens a phrase before the subject.
    check_all(
        "Here in Millbrook, Ruiz stepped up her campaign, saying, “We will win.”",
        &[("saying", "Ruiz", "We will win.")],
    );
    // "so … that" opens a clause of result whose subject speaks.
    check_all(
        "The debate grew so heated that Gov. Ana Ruiz said, “We need a referee.”",
        &[("said", "Gov. Ana Ruiz", "We need a referee.")],
    );
    check_all(
        "The mayor seized on the message, arguing that it showed intent.",
        &[("arguing", "The mayor", "it showed intent")],
    );
    // What a speaker refers to is reported, as a noun phrase.
    check_all(
        "“It was a lean year,” Okafor said, referring to the flood.",
        &[
            ("said", "Okafor", "It was a lean year,"),
            ("referring to", "Okafor", "the flood"),
        ],
    );
    // A preposition after it strands its own: the object stands before, in
    // a relative clause or a passive.
    check_all("The sums referred to in the audit were lost.", &[]);
    check_all("Okafor, referred to as the chief, left early.", &[]);
}

#[test]
fn stance_and_intention() {
    check(
        "The senator wants to cut taxes.",
        Some(("wants", "The senator", "to cut taxes")),
    );
    // Citing something in support of a position takes it.
    check(
        "Okafor pointed to the flood as the spur for the slump.",
        Some(("pointed to", "Okafor", "the flood as the spur for the slump")),
    );
    check("The sums pointed to in the audit were lost.", None);
    // After a listener, a place or time phrase before "that" belongs to the
    // telling; a "that" after a noun may be a relative pronoun.
    check(
        "The mayor told reporters at a briefing in the city hall on Tuesday that the bridge was “unsafe.”",
        Some(("told", "The mayor", "the bridge was “unsafe.”")),
    );
    check(
        "The mayor told reporters the plan that failed was hers.",
        Some(("told", "The mayor", "the plan that failed was hers")),
    );
    // A cue in the infinitive after a verb whose subject is the speaker.
    check(
        "The mayor went on to say the bridge was unsafe.",
        Some(("say", "The mayor", "the bridge was unsafe")),
    );
    check(
        "Voters are more likely to say the economy is weak.",
        Some(("say", "Voters", "the economy is weak")),
    );
    check(
        "The senator has yet to explain why the bridge closed.",
        Some(("explain", "The senator", "why the bridge closed")),
    );
    // Or after a participle set off by a comma, whose subject is the
    // clause's; the participle belongs to the cue.
    check_all(
        "The mayor thanked the crews, going on to say the bridge was “unsafe.”",
        &[("going on to say", "The mayor", "the bridge was “unsafe.”")],
    );
    check_all("The mayor thanked the crews, going on to defend the levy.", &[]);
    // A cue of two words is followed by its clause, not by its own second
    // word.
    check(
        "The treasurer rushed to point out that the levy had failed.",
        Some(("point out", "The treasurer", "the levy had failed")),
    );
    // Not after a noun, a passive or a verb that takes only an object.
    check("The plan to say nothing failed.", None);
    check("The senator went on to defend the plan.", None);
    // An infinitive with a partial quote is the content, not an adverbial
    // before the quotation; a listener after "to" is.
    check(
        "The senator vowed to cut taxes by “a lot.”",
        Some(("vowed", "The senator", "to cut taxes by “a lot.”")),
    );
    check(
        "The senator said to reporters that taxes were “too high.”",
        Some(("said", "The senator", "taxes were “too high.”")),
    );
    check(
        "The union criticized the plan as too expensive.",
        Some(("criticized", "The union", "the plan as too expensive")),
    );
    check(
        "Two council members called for an inquiry.",
        Some(("called for", "Two council members", "an inquiry")),
    );
    check(
        "“Everything you said,” the judge exclaimed, “has happened.”",
        Some(("exclaimed", "the judge", "Everything you said,")),
    );
}

#[test]
fn colon_and_quoted_only_cues() {
    check(
        "The committee released the following statement: “We mourn a friend.”",
        Some((
            "released the following statement:",
            "The committee",
            "We mourn a friend.",
        )),
    );
    check(
        "The governor spoke at length: “We will rebuild.”",
        Some(("spoke", "The governor", "We will rebuild.")),
    );
    // After a statement put out, a comma does the colon's work before a
    // quotation that opens a sentence; a title there names the statement.
    check(
        "The governor issued a statement, “We will rebuild.”",
        Some(("issued a statement,", "The governor", "We will rebuild.")),
    );
    check(
        "The governor posted a video, “The Long Road,” on Monday.",
        Some(("posted", "The governor", "a video, “The Long Road,” on Monday")),
    );
    check(
        "The governor issued a statement, “deeply regretting” the loss.",
        None,
    );
    check_all(
        "One ad, “The Long Road,” stars a captain who promises that fares will “stay low.”",
        &[("promises", "a captain", "fares will “stay low.”")],
    );
    // A colon before a list is no attribution.
    check("The plan has three parts: roads, schools and clinics.", None);
    check(
        "The mayor called the plan “a crucial step forward.”",
        Some(("called", "The mayor", "the plan “a crucial step forward.”")),
    );
    // Calling someone on the telephone reports no words.
    check("The mayor called the police.", None);
    // "that" may be the object a quotation names; after a verb that names
    // nothing the quotation is what the subject said.
    check_all(
        "The blast that the mayor described as “an act of war” hurt nine.",
        &[(
            "described",
            "the mayor",
            "that the mayor described as “an act of war”",
        )],
    );
    check_all(
        "Lee watched a clip that Judge Ann Cole called “distasteful,” and left.",
        &[(
            "called",
            "Judge Ann Cole",
            "that Judge Ann Cole called “distasteful,”",
        )],
    );
    check_all(
        "Lee wrote that the mayor hopes “someone takes it up.”",
        &[("wrote", "Lee", "the mayor hopes “someone takes it up.”")],
    );
}

#[test]
fn poll_shares_as_sources() {
    check(
        "Only 47 percent of registered voters said they would vote for him.",
        Some((
            "said",
            "Only 47 percent of registered voters",
            "they would vote for him",
        )),
    );
    check(
        "A majority of respondents say the economy is weak.",
        Some(("say", "A majority of respondents", "the economy is weak")),
    );
    // A fraction may follow two approximators and "a".
    check(
        "Just under a third say the ferry is too slow.",
        Some(("say", "Just under a third", "the ferry is too slow")),
    );
    // A bare count of the people asked, before a plain verb of saying.
    check(
        "While 86 percent of riders liked the ferry, 43 said the same of the bus.",
        Some(("said", "43", "the same of the bus")),
    );
    check(
        "Only two said the fare was fair.",
        Some(("said", "Only two", "the fare was fair")),
    );
    // Before any other verb a count is more often a noun's, a year is no
    // count, and "one" before a noun that names no one is no source.
    check_all("In the port vote, 60 pledged delegates were at stake.", &[]);
    check_all("By 2015 said riders were rare on the east pier.", &[]);
    check_all("One ferry said nothing at all.", &[]);
    // A tally named "the count" is a document, whatever its verb.
    check(
        "The count showed Ruiz won the vote.",
        Some(("showed", "The count", "Ruiz won the vote")),
    );
}

#[test]
fn a_copy_or_part_of_a_document_speaks_for_it() {
    check(
        "A copy of the memo seen by the paper said inspectors could not find the leak.",
        Some((
            "said",
            "A copy of the memo seen by the paper",
            "inspectors could not find the leak",
        )),
    );
    check(
        "A draft of the port report says fares will rise.",
        Some(("says", "A draft of the port report", "fares will rise")),
    );
    // A copy of anything else is no document.
    check_all("A copy of the key says nothing about the lock.", &[]);
}

#[test]
fn content_boundaries() {
    // A time after an object that is only a name dates the act; before a
    // verb the name opens a reported clause.
    check(
        "Okafor endorsed Mr. Osei last week and has campaigned with him since.",
        Some(("endorsed", "Okafor", "Mr. Osei")),
    );
    check(
        "Okafor endorsed Osei in November.",
        Some(("endorsed", "Okafor", "Osei")),
    );
    check(
        "Lindqvist said Osei on Tuesday had misled the board.",
        Some(("said", "Lindqvist", "Osei on Tuesday had misled the board")),
    );
    // A relative clause that ends the sentence after an object with no
    // verb of its own glosses the object. After a clause, or closed by a
    // comma, or holding a quotation, it stays.
    check(
        "Okafor praised the ferry crews, who worked through the gale.",
        Some(("praised", "Okafor", "the ferry crews")),
    );
    check(
        "Okafor criticized the toll plan, which doubles the fare.",
        Some(("criticized", "Okafor", "the toll plan")),
    );
    check(
        "Okafor said the plan doubles the fare, which angered the crews.",
        Some((
            "said",
            "Okafor",
            "the plan doubles the fare, which angered the crews",
        )),
    );
    check(
        "Okafor said the plan was unfair, which angered the crews.",
        Some(("said", "Okafor", "the plan was unfair, which angered the crews")),
    );
    check(
        "Okafor said the mayor, who lives on the island, would resign.",
        Some((
            "said",
            "Okafor",
            "the mayor, who lives on the island, would resign",
        )),
    );
    check(
        "Okafor praised the crews, who showed “real grit” in the gale.",
        Some((
            "praised",
            "Okafor",
            "the crews, who showed “real grit” in the gale",
        )),
    );
    // The attribution inside the clause it reports.
    check(
        "This ferry, he says, is different.",
        Some(("says", "he", "This ferry, he says, is different")),
    );
    // A fronted time phrase is the writer's setting: the clause the tag
    // interrupts starts after it, and a phrase alone reports nothing.
    check(
        "Six months ago, the senator said, the media ignored him.",
        Some(("said", "the senator", "the media ignored him")),
    );
    check_all("Two weeks ago, the senator said, in a radio interview.", &[]);
    // After a fronted subordinate clause the main clause goes on, its
    // subject perhaps a name.
    check(
        "If the rule clashes with the charter, Lee said, Quakers must ignore it.",
        Some((
            "said",
            "Lee",
            "If the rule clashes with the charter, Lee said, Quakers must ignore it",
        )),
    );
    // "After all" is a phrase, not a subordinate clause.
    check(
        "After all, she argued, Lee got the votes.",
        Some(("argued", "she", "Lee got the votes")),
    );
    // An infinitive of purpose after the tag goes on with the clause; a
    // phrase with "to" and a noun is the writer's tail.
    check(
        "The ferry stopped, she said, to “keep the crews safe” in the gale.",
        Some((
            "said",
            "she",
            "The ferry stopped, she said, to “keep the crews safe” in the gale",
        )),
    );
    check(
        "The ferry stopped, she said, to the relief of the crews.",
        Some(("said", "she", "The ferry stopped")),
    );
    // So does an infinitive with a subject of its own; any other phrase
    // after "for" is the writer's.
    check(
        "It makes sense, she said, for the ferry to stop.",
        Some(("said", "she", "It makes sense, she said, for the ferry to stop")),
    );
    check(
        "The ferry stopped, she said, for the second time this year.",
        Some(("said", "she", "The ferry stopped")),
    );
    // A fronted noun phrase before a common-noun source is no appositive:
    // no comma closes it before the verb.
    check(
        "The buyer, the agency said, is a victim of the scheme.",
        Some((
            "said",
            "the agency",
            "The buyer, the agency said, is a victim of the scheme",
        )),
    );
    check(
        "The tender, the auditors found, “was rigged from the start.”",
        Some((
            "found",
            "the auditors",
            "The tender, the auditors found, “was rigged from the start.”",
        )),
    );
    // A closed appositive, a list and a relative clause stay subjects.
    check(
        "Ada Osei, the agency chief, said the buyer is a victim.",
        Some(("said", "Ada Osei, the agency chief", "the buyer is a victim")),
    );
    check(
        "Ada Osei, Ben Kim and the auditors said the tender was rigged.",
        Some((
            "said",
            "Ada Osei, Ben Kim and the auditors",
            "the tender was rigged",
        )),
    );
    // A fronted content with no verb after the attribution ends at it.
    check(
        "Prices rose sharply, officials told reporters, in a move that surprised traders.",
        Some(("told", "officials", "Prices rose sharply")),
    );
    // The writer's comparison is not the source's.
    check(
        "Seventy percent of voters say they like the mayor, compared with 40 percent last year.",
        Some(("say", "Seventy percent of voters", "they like the mayor")),
    );
    // So is the writer's note of what the speaker left out; "without" and
    // a noun may be the speaker's own words.
    check(
        "The mayor said fares would fall, without offering specifics.",
        Some(("said", "The mayor", "fares would fall")),
    );
    check(
        "The mayor said fares would fall, without a doubt.",
        Some(("said", "The mayor", "fares would fall, without a doubt")),
    );
    // A fronted phrase with no cue of its own is not what a later verb reports.
    check(
        "Speaking on a radio show, Ana Ruiz said her band had new songs.",
        Some(("said", "Ana Ruiz", "her band had new songs")),
    );
}

#[test]
fn a_participle_describes_the_source_before_its_verb() {
    // "May" after a preposition or a word of time is the month, not a
    // modal standing between the source and its verb.
    check(
        "A report released in May showed that the port lost money.",
        Some(("showed", "A report released in May", "the port lost money")),
    );
    check(
        "A report released since early May shows the port losing money.",
        Some((
            "shows",
            "A report released since early May",
            "the port losing money",
        )),
    );
    check(
        "The union may say the port lost money.",
        Some(("say", "The union", "the port lost money")),
    );
    // Irregular participles, and time words after them, describe too.
    check(
        "The polling done before the vote showed that Lee led.",
        Some(("showed", "The polling done before the vote", "Lee led")),
    );
    check(
        "A group led by the mayor said the port would close.",
        Some(("said", "A group led by the mayor", "the port would close")),
    );
}

#[test]
fn the_writers_additions_after_a_reported_clause() {
    // A contrast opened by "he" or "she" turns back to the speaker; one
    // inside a quotation, or opened by another subject, stays.
    check(
        "Okafor said the mayor had not convinced him, but he stayed hopeful about the ferry.",
        Some(("said", "Okafor", "the mayor had not convinced him")),
    );
    check(
        "Ana Ruiz said the board had failed, but she would stay on.",
        Some(("said", "Ana Ruiz", "the board had failed")),
    );
    check(
        "Okafor said the mayor had not convinced him, but the crews were hopeful.",
        Some((
            "said",
            "Okafor",
            "the mayor had not convinced him, but the crews were hopeful",
        )),
    );
    check(
        "Okafor said the mayor “had not convinced him, but he stayed hopeful.”",
        Some((
            "said",
            "Okafor",
            "the mayor “had not convinced him, but he stayed hopeful.”",
        )),
    );
    // A phrase with an article that runs to the end glosses the last noun,
    // whether a relative clause, a participle or a clause with a subject of
    // its own describes it.
    check(
        "Lee vowed to repeal the levy, a rule that bars public money for ferries.",
        Some(("vowed", "Lee", "to repeal the levy")),
    );
    check(
        "Okafor said the fare was a mistake, a view shared by the union.",
        Some(("said", "Okafor", "the fare was a mistake")),
    );
    check(
        "Lee said the fare cut was his idea, a plan the mayor has changed twice.",
        Some(("said", "Lee", "the fare cut was his idea")),
    );
    check(
        "Okafor said the port should hire Ana Ruiz, a former mayor.",
        Some(("said", "Okafor", "the port should hire Ana Ruiz")),
    );
    // "the" glosses a name the same way; after a common noun it opens a
    // clause of its own.
    check(
        "Okafor said he would vote to repeal the Harbor Act, the law that closed the east pier.",
        Some(("said", "Okafor", "he would vote to repeal the Harbor Act")),
    );
    // "that" opens a relative clause on the glossed noun as "which" does.
    check(
        "Okafor said he would repeal the levy, a rule that closed the pier.",
        Some(("said", "Okafor", "he would repeal the levy")),
    );
    check(
        "Lee said the fares rose after those decisions, the union lost many members.",
        Some((
            "said",
            "Lee",
            "the fares rose after those decisions, the union lost many members",
        )),
    );
    // Not the last item of a list, a clause's subject, or a phrase set off
    // inside the sentence.
    check(
        "Lee said the port needs a crane, a dredger and a tug.",
        Some(("said", "Lee", "the port needs a crane, a dredger and a tug")),
    );
    check(
        "Ruiz said that when she earned little, a clerk invited her to lunch.",
        Some((
            "said",
            "Ruiz",
            "when she earned little, a clerk invited her to lunch",
        )),
    );
    check(
        "Lee said the memo showed Okafor, an aide to the mayor, in the room.",
        Some((
            "said",
            "Lee",
            "the memo showed Okafor, an aide to the mayor, in the room",
        )),
    );
    // After a quotation the gloss test has a looser rule of its own.
    check(
        "Lee called the fare “a disgrace,” a word the mayor has used before.",
        Some(("called", "Lee", "the fare “a disgrace,”")),
    );
    // A conjunction may open the sentence before the subordinator of a
    // fronted clause, which still ends at the main clause.
    check(
        "But while officials said the port would reopen, ships stayed away.",
        Some(("said", "officials", "the port would reopen")),
    );
}

#[test]
fn content_shapes() {
    // A verb that also takes a plain object reports words only with a clause.
    check("The states voting on Tuesday are Ohio and Texas.", None);
    check("The candidate continued her run of wins.", None);
    check(
        "The candidate noted that turnout was low.",
        Some(("noted", "The candidate", "turnout was low")),
    );
    check(
        "The candidate noted she had won twice.",
        Some(("noted", "The candidate", "she had won twice")),
    );
    // A clause with no "that" and a subject that is no pronoun: a name, a
    // determiner and its nouns, or a bare noun before an auxiliary.
    check(
        "The port authority claims Okafor runs a network of smugglers.",
        Some((
            "claims",
            "The port authority",
            "Okafor runs a network of smugglers",
        )),
    );
    check(
        "Okafor notes the ferry will return in spring.",
        Some(("notes", "Okafor", "the ferry will return in spring")),
    );
    check(
        "Lee noted the cost of diesel has doubled.",
        Some(("noted", "Lee", "the cost of diesel has doubled")),
    );
    check(
        "The union claims members were never paid.",
        Some(("claims", "The union", "members were never paid")),
    );
    // A past form before a noun is an adjective; after a preposition it may
    // be a participle; a pronoun after the phrase opens a comparison.
    check(
        "The harbor maintained a more balanced budget as exports rose.",
        None,
    );
    check("Lee noted the rise in fares announced Monday.", None);
    check("Okafor knows the port better than most do.", None);
    check("Okafor noted the time the ferry left.", None);
    // What someone learns, realizes or recognizes is their belief, and only
    // a clause reports it.
    check(
        "Dockers quickly learned that the pier no longer paid.",
        Some(("learned", "Dockers", "the pier no longer paid")),
    );
    check(
        "The board recognized that a judge must decide the dispute.",
        Some(("recognized", "The board", "a judge must decide the dispute")),
    );
    check(
        "Lee realized he had lost the vote.",
        Some(("realized", "Lee", "he had lost the vote")),
    );
    check("Lee learned the trade on the docks.", None);
    check("The Courier has learned that the mine will close.", None);
    check("The board recognized the union in May.", None);
    check("Lee realized her plan in full.", None);
    // Others take a noun phrase.
    check(
        "The union endorsed the mayor.",
        Some(("endorsed", "The union", "the mayor")),
    );
}

#[test]
fn why_a_source_is_unnamed_reports_nothing() {
    check_all(
        "“They closed the pier,” said the resident, who has declined to be identified for fear of losing work.",
        &[("said", "the resident", "They closed the pier,")],
    );
    check("The deckhand asked not to be identified.", None);
    // The same verb before anything else reports a refusal.
    check(
        "The mayor declined to work the night shift.",
        Some(("declined to", "The mayor", "work the night shift")),
    );
}

#[test]
fn clauses_inside_a_sentence() {
    check(
        "He met the boxer in 1996, and the golfer said it is one of his favorite pictures.",
        Some(("said", "the golfer", "it is one of his favorite pictures")),
    );
    check(
        "The mayor thanked the crowd and said the city would rebuild.",
        Some(("said", "The mayor", "the city would rebuild")),
    );
    check(
        "The mayor paused, then said the city would rebuild.",
        Some(("said", "The mayor", "the city would rebuild")),
    );
    // After "and", a plural noun that names no people is no source.
    check("Trade slowed under years of sanctions aimed at the ports.", None);
}

#[test]
fn partial_quotes_and_second_verbs() {
    // A partial quote inside the reported clause: mixed, the whole clause.
    check(
        "The chief said the inquiry is “ongoing.”",
        Some(("said", "The chief", "the inquiry is “ongoing.”")),
    );
    // An adverbial before the quote is skipped.
    check(
        "The chief said in a statement, “We are ready.”",
        Some(("said", "The chief", "We are ready.")),
    );
    // A second verb of the same subject ends the first content.
    check_all(
        "The mayor called the plan “rotten” and said the council would lose.",
        &[
            ("called", "The mayor", "the plan “rotten”"),
            ("said", "The mayor", "the council would lose"),
        ],
    );
}

#[test]
fn transcripts_and_dash_credits() {
    check(
        "MODERATOR: Will she be there? She said so.",
        Some((":", "MODERATOR", "Will she be there? She said so")),
    );
    // The label frames the line even when a cue follows inside it.
    check(
        "LEE: The mayor said the port is open.",
        Some((":", "LEE", "The mayor said the port is open")),
    );
    // A transcript quoted line by line.
    check(
        "\"MODERATOR: Will she be there?",
        Some((":", "MODERATOR", "Will she be there?")),
    );
    // An interview's questioner and the one who answers.
    check(
        "Q: You ran the port for a decade. What did you learn?",
        Some((":", "Q", "You ran the port for a decade. What did you learn?")),
    );
    check(
        "The port is busy.\n\nA: That tides do not care about budgets.",
        Some((":", "A", "That tides do not care about budgets")),
    );
    // A capitalised word with a colon is no speaker label, and neither is
    // a label in capitals that names a part of the page.
    check("Update: the road reopened.", None);
    check(
        "The port is busy.\n\nCORRECTION: An earlier version misstated the fare.",
        None,
    );
    check(
        "The port is busy.\n\nEDITOR'S NOTE: The ferry line paid for the trip.",
        None,
    );
    check("The port is busy.\n\nB: Two ferries sail the route.", None);
    // A headline may name its speaker before a colon; a kicker is no speaker.
    check(
        "Ruiz: Port Will Reopen in May",
        Some((":", "Ruiz", "Port Will Reopen in May")),
    );
    check(
        "Poll: Mayor Leads by Six Points",
        Some((":", "Poll", "Mayor Leads by Six Points")),
    );
    // The label frames the headline even when a cue follows inside it,
    // and the topic after "on" is no part of the speaker.
    check(
        "Ruiz: Lee Should Admit He Wants a Bigger Fleet",
        Some((":", "Ruiz", "Lee Should Admit He Wants a Bigger Fleet")),
    );
    check(
        "Ruiz on Ferry Fares: We Will Cut Them",
        Some((":", "Ruiz", "We Will Cut Them")),
    );
    check("Update on Ferry Fares: Port Reopens", None);
    check("Breaking News: Port Reopens", None);
    check("Delegate Update: The Latest Count", None);
    // Tabloid and page labels are kickers too.
    check("Revealed: The Port's Secret Fleet", None);
    check("LOOK: Crowds Line the Pier", None);
    check("Contributing: Ana Ruiz and Tom Park.\n\nThe port reopened.", None);
    check("The port is busy.\n\nRuiz: the port will reopen in May.", None);
    // A lone capital word is a name there, even one ending in "s".
    check(
        "Sanders: Story Has Moved",
        Some((":", "Sanders", "Story Has Moved")),
    );
    // The only sentence of a first paragraph stands where a headline stands,
    // even in sentence case with a full stop.
    check(
        "Ruiz: the port will reopen in May.\n\nThe port closed in March.",
        Some((":", "Ruiz", "the port will reopen in May")),
    );
    check(
        "Ruiz: the port will reopen in May. It closed in March.\n\nThe port is busy.",
        None,
    );
    check(
        "“He cannot answer a question.” ― Esther Tapia",
        Some(("―", "Esther Tapia", "He cannot answer a question.")),
    );
    // A credit after a quotation of several sentences, with no space.
    check(
        "“He cannot answer a question. He never could.”― Esther Tapia",
        Some((
            "―",
            "Esther Tapia",
            "He cannot answer a question. He never could.",
        )),
    );
}

#[test]
fn speakers_vouched_for_by_the_quote() {
    check(
        "“It was very nice,” the gambling baron told reporters.",
        Some(("told", "the gambling baron", "It was very nice,")),
    );
    check(
        "“It is over,” said the 46-year-old.",
        Some(("said", "the 46-year-old", "It is over,")),
    );
    check(
        "“Why now?” Ana Ruiz asked.",
        Some(("asked", "Ana Ruiz", "Why now?")),
    );
    // After an appositive's comma, "asked" with nothing after it ends the
    // tag; it is no passive ("…, asked about the vote, she said").
    check(
        "“Why now?” Ana Ruiz, a ferry pilot, asked.",
        Some(("asked", "Ana Ruiz, a ferry pilot", "Why now?")),
    );
    // With the people asked after it, "asked" is the asker's verb.
    check(
        "The moderator, Tom Reyes, asked both candidates whether they would reopen schools.",
        Some((
            "asked",
            "The moderator, Tom Reyes",
            "both candidates whether they would reopen schools",
        )),
    );
    // A question verb after a clause asks something itself; it tags no
    // content before it.
    check(
        "Friday, the county, leading a group of towns, asked a judge to block the toll.",
        Some(("asked", "the county", "a judge to block the toll")),
    );
    check("“Go home,” Ruiz barked.", Some(("barked", "Ruiz", "Go home,")));
    // Without a quotation an unknown head names no speaker.
    check("The gambling baron told reporters the casino would close.", None);
    // A speech verb's reported clause that holds a quotation vouches for
    // the speaker as one right after the verb does, but only a clause with
    // a subject and a verb: an object with a title in it vouches for none.
    check(
        "The old locksmith said the berth would be “beyond repair.”",
        Some(("said", "The old locksmith", "the berth would be “beyond repair.”")),
    );
    check(
        "The locksmith said she was “refining the charts.”",
        Some(("said", "The locksmith", "she was “refining the charts.”")),
    );
    check(
        "The band added hits including “Low Tide” and “Harbor Lights.”",
        None,
    );
    check("The locksmith said little, and the crowd was “furious.”", None);
    // The first word that may be a verb after the article is an adjective
    // ("retired"): the subject runs on to the next one.
    check(
        "The retired locksmith has given no details, saying only that she was “refining the charts.”",
        Some((
            "saying",
            "The retired locksmith",
            "only that she was “refining the charts.”",
        )),
    );
}

#[test]
fn a_quotation_closing_on_its_comma_ends_the_content() {
    check_all(
        "Ruiz insisted that he has “expanded the party,” claiming that turnout rose.",
        &[
            ("insisted", "Ruiz", "he has “expanded the party,”"),
            ("claiming", "Ruiz", "turnout rose"),
        ],
    );
}

#[test]
fn attribution_inside_the_reported_clause() {
    // An adverbial after the attribution is the writer's own tail.
    check(
        "The argument would be aided, Ruiz said, in a move that surprised no one.",
        Some(("said", "Ruiz", "The argument would be aided")),
    );
    // A tail of the tag's own ends at its comma, after which the sentence
    // goes on or the writer adds a tail.
    check(
        "The ferry kept its old route, a port spokeswoman said late Friday, and the crews have changed it twice since.",
        Some((
            "said",
            "a port spokeswoman",
            "The ferry kept its old route, a port spokeswoman said late Friday, and the crews have changed it twice since",
        )),
    );
    check(
        "The fare rise would help the port, Ruiz said on Monday, in a vote that upset the crews.",
        Some(("said", "Ruiz", "The fare rise would help the port")),
    );
    // After an introductory phrase, the words after the verb are its own.
    check_all(
        "Last month, a group of port experts warned of a new kind of fraud after the storm, arguing that crews were at risk.",
        &[
            ("warned", "a group of port experts", "of a new kind of fraud after the storm"),
            ("arguing", "a group of port experts", "crews were at risk"),
        ],
    );
    check(
        "For now, though, the port officials worried about the board's role in raising fares, which has angered crews.",
        Some(("worried", "the port officials", "about the board's role in raising fares")),
    );
    check(
        "Many of the closures, he said, have involved public courses.",
        Some((
            "said",
            "he",
            "Many of the closures, he said, have involved public courses",
        )),
    );
    check(
        "The investment in its docks, Ms. Lee said, “is a perfect example” of adapting.",
        Some((
            "said",
            "Ms. Lee",
            "The investment in its docks, Ms. Lee said, “is a perfect example” of adapting",
        )),
    );
    // So does one after an introductory phrase or clause; a quotation that
    // opens in capitals is a sentence of its own.
    check(
        "If the levy passes, Ortiz said, “the ferries will run at a loss.”",
        Some((
            "said",
            "Ortiz",
            "If the levy passes, Ortiz said, “the ferries will run at a loss.”",
        )),
    );
    // With no comma before it, the quotation is what was said after a
    // phrase that only sets the time.
    check(
        "Tuesday, the board wrote “every owner is a victim.”",
        Some(("wrote", "the board", "every owner is a victim.")),
    );
    check(
        "In a flood year, the board wrote, “every owner is a victim.”",
        Some((
            "wrote",
            "the board",
            "In a flood year, the board wrote, “every owner is a victim.”",
        )),
    );
    check(
        "In a flood year, the board wrote, “Every owner is a victim.”",
        Some(("wrote", "the board", "Every owner is a victim.")),
    );
}

#[test]
fn a_second_clause_with_its_own_cue_ends_the_content() {
    check_all(
        "Six in 10 said they dreaded the schedule; four in 10 said they were bored.",
        &[
            ("said", "Six in 10", "they dreaded the schedule"),
            ("said", "four in 10", "they were bored"),
        ],
    );
    check_all(
        "Three-quarters said they were worried, and more than 4 in 10 said the mayor would win.",
        &[
            ("said", "Three-quarters", "they were worried"),
            ("said", "more than 4 in 10", "the mayor would win"),
        ],
    );
    check(
        "Rubio said the extremist is Clinton, and he railed against the moderators.",
        Some(("said", "Rubio", "the extremist is Clinton")),
    );
    check(
        "Ruiz said prices rose, and wages fell.",
        Some(("said", "Ruiz", "prices rose, and wages fell")),
    );
}

#[test]
fn a_cue_word_before_a_speech_tag_is_a_noun() {
    // "plan" and "rules" are present forms of cues, but a tag set off by
    // commas right after them shows they end the reported clause's subject.
    check(
        "The new plan, he said, will cut fares.",
        Some(("said", "he", "The new plan, he said, will cut fares")),
    );
    // The tag may be dated before its closing comma.
    check(
        "A new plan, he said on Tuesday, will cut fares.",
        Some(("said", "he", "A new plan, he said on Tuesday, will cut fares")),
    );
    check(
        "The levy, she told reporters last week, will rise.",
        Some(("told", "she", "The levy, she told reporters last week, will rise")),
    );
    // A noun subject after the comma is the tag's, not an appositive of
    // the words before it.
    check(
        "The proposal, officials said Tuesday, will cut fares.",
        Some((
            "said",
            "officials",
            "The proposal, officials said Tuesday, will cut fares",
        )),
    );
    check(
        "The city rules, officials said, are strict.",
        Some(("said", "officials", "The city rules, officials said, are strict")),
    );
    // A verb in the past before the tag is still a cue of its own, whose
    // content follows the tag; so is a present form before a quotation.
    check_all(
        "Officials agreed, she said, that fares must rise.",
        &[
            ("agreed", "Officials", "fares must rise"),
            ("said", "she", "fares must rise"),
        ],
    );
    check(
        "The mayor says, “We will win.”",
        Some(("says", "The mayor", "We will win.")),
    );
    // A tag in the present does not mark a noun: the words before it
    // may be a clause of their own.
    check(
        "Crews plan, she says, to work late.",
        Some(("plan", "Crews", "to work late")),
    );
}

#[test]
fn a_relative_clause_on_a_closing_name_is_the_writers() {
    check(
        "Ruiz said the prize would go to Osei, who chairs the harbor board.",
        Some(("said", "Ruiz", "the prize would go to Osei")),
    );
    // Taken up again by a verb or "to", the relative clause is inside the
    // reported clause.
    check(
        "Ruiz said Osei, who chairs the board, would resign.",
        Some(("said", "Ruiz", "Osei, who chairs the board, would resign")),
    );
    check(
        "Ruiz urged Osei, who chairs the board, to resign.",
        Some(("urged", "Ruiz", "Osei, who chairs the board, to resign")),
    );
    check(
        "Ruiz accused Osei, who chairs the board, of lying.",
        Some(("accused", "Ruiz", "Osei, who chairs the board, of lying")),
    );
    // On a common noun the relative clause may be what was said.
    check(
        "Ruiz said the prize would go to a pilot, who had earned it.",
        Some(("said", "Ruiz", "the prize would go to a pilot, who had earned it")),
    );
    // A quotation after the relative word is part of what was said.
    check(
        "Ruiz said the prize went to Osei, who “earned every vote.”",
        Some(("said", "Ruiz", "the prize went to Osei, who “earned every vote.”")),
    );
}

#[test]
fn a_relative_clause_keeps_its_second_verb() {
    // The verb of a relative clause on the object is the first verb of the
    // content: a conjunction and a verb after it go on with that clause,
    // not with the speaker, even when a comma comes before the verb and a
    // quotation only after it.
    check(
        "Lee praised the crews, who worked late and stayed to help “the town.”",
        Some((
            "praised",
            "Lee",
            "the crews, who worked late and stayed to help “the town.”",
        )),
    );
    check(
        "Ruiz said the ferry, which sailed twice and docked at noon, carried “too few riders.”",
        Some((
            "said",
            "Ruiz",
            "the ferry, which sailed twice and docked at noon, carried “too few riders.”",
        )),
    );
}

#[test]
fn a_second_verb_of_the_speaker_ends_the_content() {
    // After a comma and a conjunction, a verb with no subject of its own
    // is the speaker's next act, not part of what was said.
    check(
        "Ruiz said the ferry must keep its schedule, and has since lobbied the council.",
        Some(("said", "Ruiz", "the ferry must keep its schedule")),
    );
    check(
        "The union praised the harbor plan, but also warned of delays.",
        Some(("praised", "The union", "the harbor plan")),
    );
    // A past form before a noun is an adjective inside the content, and
    // a modal keeps the verb with the reported clause.
    check(
        "Ruiz said the crews worked, and closed docks stayed empty.",
        Some(("said", "Ruiz", "the crews worked, and closed docks stayed empty")),
    );
    // A name in -ed is the subject of a clause: the word after it is no
    // object.
    check(
        "Ruiz said the fares rose, and Alfred paid them.",
        Some(("said", "Ruiz", "the fares rose, and Alfred paid them")),
    );
    // A quotation after the verb marks the paraphrase going on.
    check(
        "The crews said they had stayed, and worked “around the clock.”",
        Some((
            "said",
            "The crews",
            "they had stayed, and worked “around the clock.”",
        )),
    );
    check(
        "Ruiz said she would rest, and then would run again.",
        Some(("said", "Ruiz", "she would rest, and then would run again")),
    );
    // A past form before "by" is a passive of the reported clause.
    check(
        "Ruiz said the charges were baseless, and fabricated by rivals.",
        Some((
            "said",
            "Ruiz",
            "the charges were baseless, and fabricated by rivals",
        )),
    );
}

#[test]
fn a_present_verb_after_a_past_cue_goes_on_with_the_reported_clause() {
    // The reported clause has a subject and a verb of its own; a present
    // verb after a conjunction shares that subject, since a second act of
    // the speaker would take the past of the cue.
    check_all(
        "Ruiz said she backs the levy but wants a vote on it.",
        &[("said", "Ruiz", "she backs the levy but wants a vote on it")],
    );
    check_all(
        "Ruiz said she backs the levy but now wants a vote on it.",
        &[("said", "Ruiz", "she backs the levy but now wants a vote on it")],
    );
    // A past verb, or a present cue before the clause, leaves the speaker
    // a second predicate.
    check_all(
        "Ruiz said she backs the levy but wanted a vote on it.",
        &[
            ("said", "Ruiz", "she backs the levy"),
            ("wanted", "Ruiz", "a vote on it"),
        ],
    );
    check_all(
        "Ruiz says she backs the levy but wants a vote on it.",
        &[
            ("says", "Ruiz", "she backs the levy"),
            ("wants", "Ruiz", "a vote on it"),
        ],
    );
    // An object is no clause, even when a relative clause hangs on it, or
    // with a cue that may take a clause elsewhere: the present verb is the
    // speaker's.
    check_all(
        "Ruiz backed the plan that was drafted by Lee but now plans to vote for Kim.",
        &[
            ("backed", "Ruiz", "the plan that was drafted by Lee"),
            ("plans", "Ruiz", "to vote for Kim"),
        ],
    );
    check_all(
        "The union praised the harbor plan but now wants a vote on it.",
        &[
            ("praised", "The union", "the harbor plan"),
            ("wants", "The union", "a vote on it"),
        ],
    );
    // A dash before the conjunction breaks the clause off, and the
    // content ends before the dash as before a comma.
    check_all(
        "Ruiz has said she will not run — and thinks Lee may stand in.",
        &[
            ("said", "Ruiz", "she will not run"),
            ("thinks", "Ruiz", "Lee may stand in"),
        ],
    );
}

#[test]
fn after_a_phrase_the_speakers_next_verb_or_a_participle_ends_the_content() {
    // A phrase takes no verb of its own, so one after "and" is the
    // speaker's next act, comma or not.
    check(
        "The senator endorsed Ana Ruiz for governor and campaigned with her in May.",
        Some(("endorsed", "The senator", "Ana Ruiz for governor")),
    );
    check(
        "Ruiz praised the plan and related measures.",
        Some(("praised", "Ruiz", "the plan and related measures")),
    );
    // A participle that runs to the end hangs off the writer's sentence.
    check(
        "Officials urged residents to stay indoors, raising fears that the storm would be worse.",
        Some(("urged", "Officials", "residents to stay indoors")),
    );
    // Before a comma it may open a reported clause's subject; before "and"
    // it is an adjective of a list; after a gerund it goes on with a list
    // of gerunds.
    check(
        "Ruiz said the crews, working all night, saved the pier.",
        Some(("said", "Ruiz", "the crews, working all night, saved the pier")),
    );
    check(
        "The board praised a quiet, caring and patient teacher.",
        Some(("praised", "The board", "a quiet, caring and patient teacher")),
    );
    check(
        "The council backed raising fares, cutting fees and closing the pier.",
        Some((
            "backed",
            "The council",
            "raising fares, cutting fees and closing the pier",
        )),
    );
    // A clause with a subject of its own after a comma and "and" or "but"
    // is the writer's: a phrase takes no clause as its second half.
    check(
        "Lee denounced the plan, but the council will vote on it Tuesday.",
        Some(("denounced", "Lee", "the plan")),
    );
    check(
        "Most riders support raising the fare, and the council has agreed.",
        Some(("support", "Most riders", "raising the fare")),
    );
    check(
        "Lee praised the plan, but he voted against it.",
        Some(("praised", "Lee", "the plan")),
    );
    check(
        "Lee praised the plan, but the cost of fuel has risen.",
        Some(("praised", "Lee", "the plan")),
    );
    check(
        "Lee wants to raise the fee, but it is unclear when.",
        Some(("wants", "Lee", "to raise the fee")),
    );
    // A reported clause may go on with a second clause of its own.
    check(
        "Lee said the fare would rise, and the ferry would stop running.",
        Some((
            "said",
            "Lee",
            "the fare would rise, and the ferry would stop running",
        )),
    );
    // A second noun phrase goes on with the phrase, and one that a verb
    // follows only after a comma is a reported clause's subject.
    check(
        "Ruiz praised the plan, and the crews who built the pier.",
        Some(("praised", "Ruiz", "the plan, and the crews who built the pier")),
    );
    check(
        "Lee said the plan, and the fee, would fail.",
        Some(("said", "Lee", "the plan, and the fee, would fail")),
    );
    // The last item of a list is no clause, though a participle after it
    // looks like a verb.
    check(
        "The mayor hopes to calm the port by holding meetings, hearings, and other events designed to draw crowds.",
        Some((
            "hopes",
            "The mayor",
            "to calm the port by holding meetings, hearings, and other events designed to draw crowds",
        )),
    );
}

#[test]
fn according_to_any_noun_phrase() {
    check(
        "The pilot had flown since 2004, according to his Facebook profile.",
        Some((
            "according to",
            "his Facebook profile",
            "The pilot had flown since 2004",
        )),
    );
    check(
        "The network censured his report, according to him.",
        Some(("according to", "him", "The network censured his report")),
    );
    check(
        "Turnout fell, according to the state's polling average.",
        Some(("according to", "the state's polling average", "Turnout fell")),
    );
    // Closing the sentence, it leads nothing, even after a clause that
    // opens with a phrase of time.
    check(
        "On Tuesday the ferry lost its license, according to port records.",
        Some((
            "according to",
            "port records",
            "On Tuesday the ferry lost its license",
        )),
    );
    // Leading the clause, the phrase attributes it up to where the writer
    // takes over, as a reported clause after a cue would end.
    check(
        "According to some on the dock, Okafor was “furious,” sparking a wave of rumors.",
        Some(("According to", "some on the dock", "Okafor was “furious,”")),
    );
    check(
        "According to the tally, the levy passed, while fares stayed flat.",
        Some(("According to", "the tally", "the levy passed")),
    );
    // After "that" the phrase leads the reported clause, which the speaker
    // reports with the phrase in it.
    check_all(
        "Ben Osei said that according to his tally, the levy has passed.",
        &[
            ("said", "Ben Osei", "according to his tally, the levy has passed"),
            ("according to", "his tally", "the levy has passed"),
        ],
    );
    // After a colon the phrase leads the clause that follows.
    check(
        "The port is busy: according to the agency, ships wait a week.",
        Some(("according to", "the agency", "ships wait a week")),
    );
    // An initial's full stop inside the phrase ends no sentence.
    check(
        "The hall had 11 seats, according to E.P.A. files.",
        Some(("according to", "E.P.A. files", "The hall had 11 seats")),
    );
    // After a conjunction and its comma the phrase leads the clause that
    // follows; a verb there goes on with the subject before.
    check(
        "Lee left early because, according to his aides, the schedule was full.",
        Some(("according to", "his aides", "the schedule was full")),
    );
    check(
        "The port closed, but, according to officials, the ships will return.",
        Some(("according to", "officials", "the ships will return")),
    );
    check(
        "The city cut its staff and, according to aides, adopted a budget.",
        Some((
            "according to",
            "aides",
            "The city cut its staff and, according to aides, adopted a budget",
        )),
    );
    // After a subject with no verb of its own, any finite verb goes on
    // with the clause; after a clause, a participle is the writer's.
    check(
        "Fares, according to the union, rose sharply.",
        Some((
            "according to",
            "the union",
            "Fares, according to the union, rose sharply",
        )),
    );
    check(
        "The ferry capsized, according to the log, carried off by the tide.",
        Some(("according to", "the log", "The ferry capsized")),
    );
    // A quotation that opens in lower case is the subject's predicate; one
    // that opens a sentence of its own is not.
    check(
        "The levy, according to two aides, “is dead on arrival.”",
        Some((
            "according to",
            "two aides",
            "The levy, according to two aides, “is dead on arrival.”",
        )),
    );
    check(
        "The levy, according to two aides, “Dead on arrival.”",
        Some(("according to", "two aides", "The levy")),
    );
    // Between an introductory phrase and the main clause, the aside
    // attributes the whole clause; so it does before a reason, not before
    // a clause of the writer's.
    check(
        "The next day, according to Lee, the board voted again.",
        Some((
            "according to",
            "Lee",
            "The next day, according to Lee, the board voted again",
        )),
    );
    check(
        "Fares rose, according to the union, because fuel costs soared.",
        Some((
            "according to",
            "the union",
            "Fares rose, according to the union, because fuel costs soared",
        )),
    );
    check(
        "Fares rose, according to the union, and the port closed.",
        Some(("according to", "the union", "Fares rose")),
    );
}

#[test]
fn participles_after_a_preposition_and_documents_that_read() {
    check(
        "Ruiz left the stage after saying that the port would reopen.",
        Some(("saying", "Ruiz", "the port would reopen")),
    );
    check(
        "The letter reads, “We see schools offering hope.”",
        Some(("reads", "The letter", "We see schools offering hope.")),
    );
    check("The mayor read the report twice.", None);
    // "In" links a participle that opens the sentence; inside one it
    // opens a phrase of manner.
    check(
        "In explaining why the fixes had not been made, Ruiz described a rigged system.",
        Some(("explaining", "Ruiz", "why the fixes had not been made")),
    );
    check("The harbor board has a say in deciding fares.", None);
}

#[test]
fn a_participle_opening_the_sentence_takes_the_next_subject() {
    check(
        "After saying her ankle was “so swollen I could barely stand,” she was taken to hospital.",
        Some((
            "saying",
            "she",
            "her ankle was “so swollen I could barely stand,”",
        )),
    );
    check(
        "Saying the plan would fail, Lee voted against it.",
        Some(("Saying", "Lee", "the plan would fail")),
    );
    // An adverbial after the participle is no content, and the subject
    // must name people.
    check(
        "Speaking on Sunday, Lee said the port would reopen.",
        Some(("said", "Lee", "the port would reopen")),
    );
    check("Speaking Sunday on the radio, Lee laughed.", None);
    // A participle right after the subject is set off like an appositive:
    // the subject speaks, and the content ends before the main verb.
    check(
        "Ana Ruiz, saying the pier was “unsafe,” left early.",
        Some(("saying", "Ana Ruiz", "the pier was “unsafe,”")),
    );
    check(
        "Ana Ruiz, saying the pier was unsafe, left early.",
        Some(("saying", "Ana Ruiz", "the pier was unsafe")),
    );
    // After a clause with a verb of its own the participle hangs off it,
    // and the speaker is that clause's subject alone.
    check(
        "Ana Ruiz left the pier, saying it was unsafe.",
        Some(("saying", "Ana Ruiz", "it was unsafe")),
    );
    check("Saying so, the price of grain rose.", None);
}

#[test]
fn a_partial_quote_gives_the_clause_subject_words() {
    check(
        "Reid has gone after the mayor as a “human leech.”",
        Some(("has gone", "Reid", "after the mayor as a “human leech.”")),
    );
    check(
        "Ruiz openly admires the governor as a “strong leader.”",
        Some(("openly admires", "Ruiz", "the governor as a “strong leader.”")),
    );
    // A particle belongs to the verb; "as" is never one.
    check(
        "Okafor summed up the budget as “hopeless.”",
        Some(("summed up", "Okafor", "the budget as “hopeless.”")),
    );
    // The clause ends where the writer takes over: a participle with its
    // object, or a dash after the quotation that no earlier dash pairs.
    check(
        "Reid openly mocked the mayor as a “human leech,” comparing him to a tick.",
        Some(("mocked", "Reid", "the mayor as a “human leech,”")),
    );
    check(
        "The port chose what Ruiz called a “build it and wait” plan - hiring the crews before the ships came.",
        Some(("called", "Ruiz", "what Ruiz called a “build it and wait” plan")),
    );
    check(
        "Lee dismissed the town as a “suburb of the capital” — a slight its mayor resents.",
        Some(("dismissed", "Lee", "the town as a “suburb of the capital”")),
    );
    check(
        "Lee said the elites — the “establishment” — are giving in.",
        Some(("said", "Lee", "the elites — the “establishment” — are giving in")),
    );
    // A dash after the quotation that opens a pair, with the clause's verb
    // after the second dash, sets off an aside inside the clause.
    check(
        "Lee said the call to “hold the line” — itself a reply to the union — was a weak answer.",
        Some((
            "said",
            "Lee",
            "the call to “hold the line” — itself a reply to the union — was a weak answer",
        )),
    );
    check(
        "Lee dismissed the town as a “suburb” — a slight its mayor resents — and walked out.",
        Some(("dismissed", "Lee", "the town as a “suburb”")),
    );
    // After the pair a lower-case word goes on with the clause; in looser
    // copy spaced hyphens stand for the dashes. A subject of its own after
    // the pair, or a single dash, leaves the rest to the writer.
    check(
        "Lee urged the crews to show “care” - a word she used twice - and some patience.",
        Some((
            "urged",
            "Lee",
            "the crews to show “care” - a word she used twice - and some patience",
        )),
    );
    check(
        "Lee asked what she meant by “fair” - the word Ruiz used - and Ruiz fought back.",
        Some(("asked", "Lee", "what she meant by “fair”")),
    );
    check(
        "Lee said the fee “hurts everyone” - except that few people pay it.",
        Some(("said", "Lee", "the fee “hurts everyone”")),
    );
    // A scare quote after a subject that names no one is not a claim.
    check("The company hired a “chief happiness officer” last year.", None);
    // Nor after a capital that only starts the sentence: the word after it
    // belongs to the subject when a past form follows.
    check("Former bosun called the plan a “sham.”\n\nRain fell.", None);
    // Inside a relative clause no comma has closed yet, the quotation gives
    // the clause's words, the antecedent's, up to its closing comma.
    check(
        "Ana Ruiz, who has cast herself as the dockers' “loudest friend,” won easily.",
        Some((
            "has cast",
            "Ana Ruiz",
            "herself as the dockers' “loudest friend,”",
        )),
    );
    check(
        "Ben Osei, who once branded the levy a “trap” in May, now pays it.",
        Some(("once branded", "Ben Osei", "the levy a “trap” in May")),
    );
    // The title of a work there describes the antecedent.
    check(
        "Tom Reyes, who hosts the weekly show “Harbor Nights,” left.",
        None,
    );
}

#[test]
fn attributions_inside_wh_clauses() {
    check(
        "The mine, which Ms. Lee says she is doing everything to keep open, lost money.",
        Some(("says", "Ms. Lee", "she is doing everything to keep open")),
    );
    // Set off by commas, the clause ends at its closing comma, even one
    // inside a quotation.
    check(
        "The levy, which he says is “a swindle,” passed in May.",
        Some(("says", "he", "which he says is “a swindle,”")),
    );
    check(
        "The senator signed what he called a “disgusting” deal.",
        Some(("called", "he", "what he called a “disgusting” deal")),
    );
    // A preposition before "what" takes the whole clause.
    check(
        "The port closed in what the union called “a lockout.”",
        Some(("called", "the union", "what the union called “a lockout.”")),
    );
    check(
        "This is why some residents say the levy was unfair.",
        Some(("say", "some residents", "the levy was unfair")),
    );
    // The wh-word fills the verb's object: no reported content.
    check(
        "The council met to vote on the sanctions, which the governor proposed in May.",
        None,
    );
}

#[test]
fn free_relatives_that_name_their_object() {
    // A verb of naming, or any verb with "as", names what "what" stands
    // for; the name is the claim, quoted or not.
    let table = [
        (
            "The blaze was set in what investigators called an act of arson.",
            Some((
                "called",
                "investigators",
                "what investigators called an act of arson",
            )),
        ),
        (
            "Rents would shift toward what planners term shared housing (and away from ownership).",
            Some(("term", "planners", "what planners term shared housing")),
        ),
        (
            "The mayor was faulted for what critics describe as a slow reply to the floods.",
            Some((
                "describe",
                "critics",
                "what critics describe as a slow reply to the floods",
            )),
        ),
        (
            "The union walked out over what it sees as the broken, unfair promises of the board.",
            Some((
                "sees",
                "it",
                "what it sees as the broken, unfair promises of the board",
            )),
        ),
        // The name ends where a verb takes the free relative up as its
        // subject, a comma that closes a quotation, a second verb, or a
        // clause opener; quotations and relative clauses inside belong to
        // it.
        (
            "What neighbors have called a “quiet scandal” took a new turn on Monday.",
            Some((
                "called",
                "neighbors",
                "What neighbors have called a “quiet scandal”",
            )),
        ),
        (
            "Under what the owner called “the old model,” the club let members play free.",
            Some(("called", "the owner", "what the owner called “the old model,”")),
        ),
        (
            "Lee signed off on what he called the “bold” choice Mayor Ruiz approved in April.",
            Some((
                "called",
                "he",
                "what he called the “bold” choice Mayor Ruiz approved in April",
            )),
        ),
        (
            "Kim voted for what she called a fair levy that passed in May.",
            Some(("called", "she", "what she called a fair levy that passed in May")),
        ),
        (
            "Kim ran against what she calls the “ferry cartel” and styled herself as an outsider.",
            Some(("calls", "she", "what she calls the “ferry cartel”")),
        ),
        (
            "The fund backed what donors called a fair deal while the city waited.",
            Some(("called", "donors", "what donors called a fair deal")),
        ),
        // A relative word names the object too, the relative clause first:
        // to its closing comma, or before a second verb of its subject's.
        (
            "The levy, which traders describe as a tax grab, took effect in May.",
            Some(("describe", "traders", "which traders describe as a tax grab")),
        ),
        (
            "The pact, which Lee had described as a “disaster” and promised to scrap, survived.",
            Some(("described", "Lee", "which Lee had described as a “disaster”")),
        ),
        (
            "The plan which critics describe as a giveaway passed in May.",
            Some(("describe", "critics", "which critics describe as a giveaway")),
        ),
        // After a preposition the relative word is no object the verb names.
        // A verb of naming names a relative word's object unquoted too; a
        // phrase, a particle, a time or an adverb after it names nothing.
        (
            "The aide, whom Lee called a liar, resigned in May.",
            Some(("called", "Lee", "whom Lee called a liar")),
        ),
        (
            "The plan, which Ruiz called reckless, passed 5-4.",
            Some(("called", "Ruiz", "which Ruiz called reckless")),
        ),
        ("The aide, whom Lee called at noon, resigned.", None),
        ("The strike, which the union called off, ended.", None),
        ("The aide, whom Lee called last week, resigned.", None),
        ("The aide, whom Lee called yesterday, resigned.", None),
        ("The aide, whom Lee called twice, resigned.", None),
        ("The aide, whom Lee called repeatedly, resigned.", None),
        // After a preposition the relative word is no object the verb names.
        (
            "The tape shows a debate in which Lee called the levy “a scam.”",
            Some(("called", "Lee", "the levy “a scam.”")),
        ),
        (
            "The mayor signed what critics described as the first levy of its kind.",
            Some((
                "described",
                "critics",
                "what critics described as the first levy of its kind",
            )),
        ),
        (
            "The inn, which the mayor described as the first of its kind dedicated to the strikers, reopened.",
            Some((
                "described",
                "the mayor",
                "which the mayor described as the first of its kind dedicated to the strikers",
            )),
        ),
        // A stranded preposition: the verb named nothing.
        ("Lee never cared what he called her about.", None),
        // "said" names nothing: with no clause after it, no claim.
        ("The board did what the mayor said.", None),
    ];
    for (input, expect) in table {
        check(input, expect);
    }
}

#[test]
fn a_stance_on_a_person_claims_only_the_person() {
    let table = [
        (
            "Dock workers backed her by a wide margin last week.",
            Some(("backed", "Dock workers", "her")),
        ),
        (
            "The council opposed it from the start.",
            Some(("opposed", "The council", "it")),
        ),
        (
            "Most pastors are supporting Mr. Lee in all 12 parishes.",
            Some(("are supporting", "Most pastors", "Mr. Lee")),
        ),
        (
            "The union endorsed Ana Ruiz of Harbor City and Ben Osei.",
            Some(("endorsed", "The union", "Ana Ruiz of Harbor City and Ben Osei")),
        ),
        // An office after "for" is part of the stance; a time is not.
        (
            "The union endorsed Ana Ruiz for mayor on Tuesday.",
            Some(("endorsed", "The union", "Ana Ruiz for mayor")),
        ),
        (
            "The union backed Lee for 20 years.",
            Some(("backed", "The union", "Lee")),
        ),
        // So is a rival named after "over"; "over" a time is not.
        (
            "Most dockers favored Mr. Lee over Ms. Ruiz in the survey.",
            Some(("favored", "Most dockers", "Mr. Lee over Ms. Ruiz")),
        ),
        (
            "The union backed Lee over the summer.",
            Some(("backed", "The union", "Lee")),
        ),
        // A clause of the writer's after the name is no part of the stance.
        (
            "The union backed Lee because she won the vote.",
            Some(("backed", "The union", "Lee")),
        ),
        (
            "The union backed Lee and the board agreed.",
            Some(("backed", "The union", "Lee")),
        ),
        // A possessive, a determiner's "her" or a name that opens a longer
        // phrase: the whole object.
        (
            "Voters backed Lee's plan in May.",
            Some(("backed", "Voters", "Lee's plan in May")),
        ),
        (
            "The union backed her campaign in May.",
            Some(("backed", "The union", "her campaign in May")),
        ),
        (
            "Voters back Medicare expansion by wide margins.",
            Some(("back", "Voters", "Medicare expansion by wide margins")),
        ),
    ];
    for (input, expect) in table {
        check(input, expect);
    }
}

#[test]
fn calling_someone_something() {
    check("Ruiz called him a liar.", Some(("called", "Ruiz", "him a liar")));
    check(
        "She called the plan a disaster.",
        Some(("called", "She", "the plan a disaster")),
    );
    check(
        "He is calling himself conservative.",
        Some(("is calling", "He", "himself conservative")),
    );
    check("The mayor called the police.", None);
    check("The senator called the meeting.", None);
    // After "the", a verdict closing a short object; "it" and "this" take
    // a verdict or an indefinite noun phrase, but idioms name nothing.
    check(
        "Tom Barr called the deal fair.",
        Some(("called", "Tom Barr", "the deal fair")),
    );
    check(
        "She called the charges politically motivated.",
        Some(("called", "She", "the charges politically motivated")),
    );
    check(
        "The campaign called the charges baseless and fabricated by rivals.",
        Some((
            "called",
            "The campaign",
            "the charges baseless and fabricated by rivals",
        )),
    );
    check("The mayor called the town council.", None);
    check("The mayor called the fair.", None);
    check("Barr called it unfair.", Some(("called", "Barr", "it unfair")));
    check(
        "Barr called it a disgrace.",
        Some(("called", "Barr", "it a disgrace")),
    );
    check(
        "He called this a victory for workers.",
        Some(("called", "He", "this a victory for workers")),
    );
    // The naming ends with the quotation that names; where and when it
    // was said are the writer's, unless "in" or "on" places the thing.
    check(
        "The mayor called the plan “a disaster” during a council session on Monday.",
        Some(("called", "The mayor", "the plan “a disaster”")),
    );
    check(
        "Bill Clinton described the law as a “crazy system” at a rally in Flint.",
        Some(("described", "Bill Clinton", "the law as a “crazy system”")),
    );
    check(
        "Officials call the port “the pearl” on the northern coast.",
        Some(("call", "Officials", "the port “the pearl” on the northern coast")),
    );
    check(
        "The group cited costs as well as “other burdens” during the war.",
        Some((
            "cited",
            "The group",
            "costs as well as “other burdens” during the war",
        )),
    );
    // A longer object, then the indefinite noun phrase naming it; an
    // article after a preposition, or before a time or a count, names
    // nothing.
    check(
        "Critics called the toll and the new parking fees a tax on commuters.",
        Some((
            "called",
            "Critics",
            "the toll and the new parking fees a tax on commuters",
        )),
    );
    check(
        "Ruiz has called harbor fees a scam.",
        Some(("called", "Ruiz", "harbor fees a scam")),
    );
    check("The mayor called the police to a meeting.", None);
    check("The mayor called his lawyer a day later.", None);
    check("The mayor called the council a second time.", None);
    check("They called off a deal after the vote.", None);
    check("I saw a guy pushing a mail cart.", None);
    // A second verb of the speaker's after the naming opens a claim of
    // its own.
    check(
        "Officials call them “drifters” and describe their camps as eyesores.",
        Some(("call", "Officials", "them “drifters”")),
    );
    check("Barr called it a day.", None);
    check("Barr called it quits after ten years.", None);
    check("The mayor called it in.", None);
    // After a name, a bare word that can only be what the name is called.
    check(
        "The mayor called Ruiz unfit for the harbor board.",
        Some(("called", "The mayor", "Ruiz unfit for the harbor board")),
    );
    check(
        "The union considers Okafor untrustworthy.",
        Some(("considers", "The union", "Okafor untrustworthy")),
    );
    check("The mayor called Ruiz back.", None);
    check("The mayor called Ruiz twice.", None);
    check("The mayor called Ruiz on Tuesday.", None);
    check("The mayor called Ruiz about the lease.", None);
    check("The mayor called Ruiz’s office.", None);
    check("The mayor called Ruiz's office.", None);
    check("The mayor called Ruiz and left.", None);
    // What something is taken for, after "as".
    check(
        "Ferry crews see the new pier as wasted money.",
        Some(("see", "Ferry crews", "the new pier as wasted money")),
    );
    check("Ferry crews saw the new pier from the deck.", None);
    check("The mayor called the police as soon as the pier flooded.", None);
    // A document its source put out may speak through the participle.
    check(
        "The union placed newspaper ads calling the lease a “giveaway.”",
        Some(("calling", "The union", "the lease a “giveaway.”")),
    );
    // After the quotation, a conjunction and a clause or a verb of the
    // writer's end the naming; more of the naming goes on with it.
    check(
        "Lee called the levy “a bad bargain” and listed it among the worst “in memory.”",
        Some(("called", "Lee", "the levy “a bad bargain”")),
    );
    check(
        "Lee called the plan “reckless,” and his aides have fought it since.",
        Some(("called", "Lee", "the plan “reckless,”")),
    );
    check(
        "Lee called him “a liar” and a cheat.",
        Some(("called", "Lee", "him “a liar” and a cheat")),
    );
    // The means of a reply is what was said.
    check(
        "Lee responded to the post by calling Kim “careless.”",
        Some(("calling", "Lee", "Kim “careless.”")),
    );
}

#[test]
fn words_after_the_cue_that_open_the_clause() {
    // A comma after "that" opens an aside inside the reported clause, which
    // starts after it, for a cue of any shape.
    check(
        "Officials said that, in the end, the port would reopen.",
        Some(("said", "Officials", "in the end, the port would reopen")),
    );
    check(
        "Lee noted that, under the party's rules, Kim would lose her seat.",
        Some(("noted", "Lee", "under the party's rules, Kim would lose her seat")),
    );
    // A quotation opening in lower case goes on with the clause the words
    // before it began; one opening a sentence of its own is what was said.
    check(
        "Lee said as many as 40 people were “trapped inside.”",
        Some(("said", "Lee", "as many as 40 people were “trapped inside.”")),
    );
    check(
        "Lee said in an interview “We are done.”",
        Some(("said", "Lee", "We are done.")),
    );
    // "this" opens the clause unless a period of time or a colon follows.
    check(
        "Lee said this was a “grave error” and that the board had learned.",
        Some((
            "said",
            "Lee",
            "this was a “grave error” and that the board had learned",
        )),
    );
    check(
        "Lee said this week that it was a “grave error.”",
        Some(("said", "Lee", "it was a “grave error.”")),
    );
    check(
        "Lee posted this: “The board has learned.”",
        Some(("posted", "Lee", "The board has learned.")),
    );
}

#[test]
fn an_introductory_phrase_with_an_aside_in_dashes() {
    check(
        "In the spring - two weeks after the vote - the agency told the council that no records were found.",
        Some(("told", "the agency", "no records were found")),
    );
}

#[test]
fn a_day_before_the_reported_clause() {
    check(
        "Lee said on Tuesday the plan was “dead.”",
        Some(("said", "Lee", "the plan was “dead.”")),
    );
    // Other time words head phrases of their own.
    check(
        "Lee said in an interview taped before the vote that the plan was “dead.”",
        Some(("said", "Lee", "the plan was “dead.”")),
    );
    // A day, or a part of one, is a whole adverbial on its own.
    for input in [
        "Lee said Tuesday the plan was dead.",
        "Lee said Tuesday night the plan was dead.",
        "Lee said last week the plan was dead.",
        "Lee said earlier this year the plan was dead.",
    ] {
        check(input, Some(("said", "Lee", "the plan was dead")));
    }
    check(
        "Lee told reporters Tuesday the plan was dead.",
        Some(("told", "Lee", "the plan was dead")),
    );
    check(
        "Lee said Tuesday he would run.",
        Some(("said", "Lee", "he would run")),
    );
    // A topic after "of" or "about" is no adverbial: a clause with no
    // "that" after it describes the topic.
    check(
        "Lee complained of the fees he pays at the port.",
        Some(("complained", "Lee", "of the fees he pays at the port")),
    );
    check(
        "Lee warned about the fees she pays at the port.",
        Some(("warned", "Lee", "about the fees she pays at the port")),
    );
    // After a time "it" is no object, which would stand before the time.
    check(
        "The firm said Monday it would cut 200 jobs.",
        Some(("said", "The firm", "it would cut 200 jobs")),
    );
    check(
        "The firm said on Monday there would be cuts.",
        Some(("said", "The firm", "there would be cuts")),
    );
    // The time is the clause's subject when a verb follows it.
    check(
        "Lee said Friday was the deadline.",
        Some(("said", "Lee", "Friday was the deadline")),
    );
    check(
        "Lee said last year was a record.",
        Some(("said", "Lee", "last year was a record")),
    );
    // A time that ends the clause dates the act: the verb reports nothing
    // here, whatever the writer adds after a comma.
    for input in [
        "The inspectors concluded Monday.",
        "The station reported Friday morning, as the parade rolled past.",
        "The board announced on Thursday, a week after the hearing.",
    ] {
        check(input, None);
    }
    // So does an adverb of manner that ends the clause, or that stands
    // before a participle that reports: it says how, not what. Before
    // "that", a quotation or any other comma, the clause goes on.
    for input in [
        "The senators applauded loudly.",
        "Lee agreed quickly and left the room.",
    ] {
        check(input, None);
    }
    check(
        "Lee agreed quickly, saying the fund was short.",
        Some(("saying", "Lee", "the fund was short")),
    );
    check(
        "Lee agreed quietly that the fund was short.",
        Some(("agreed", "Lee", "quietly that the fund was short")),
    );
    check(
        "Lee argued, ultimately, that the fund was short.",
        Some(("argued", "Lee", "ultimately, that the fund was short")),
    );
    check(
        "Lee agreed loudly “with every word.”",
        Some(("agreed", "Lee", "loudly “with every word.”")),
    );
    // A quotation after the time goes on with the clause.
    check(
        "She drafted two bills, both of which Lee praised Tuesday night “for cutting waste.”",
        Some(("praised", "Lee", "Tuesday night “for cutting waste.”")),
    );
}

#[test]
fn collective_and_quantified_subjects_agree_with_say() {
    check(
        "Police say the man fled.",
        Some(("say", "Police", "the man fled")),
    );
    check(
        "But many Democrats say the lead hides doubts.",
        Some(("say", "many Democrats", "the lead hides doubts")),
    );
    check("The official say the man fled.", None);
    // A share written with a sign or as "out of".
    check(
        "About 42% of growers say they are broke.",
        Some(("say", "About 42% of growers", "they are broke")),
    );
    check(
        "Seven out of 12 growers said the levy is unfair.",
        Some(("said", "Seven out of 12 growers", "the levy is unfair")),
    );
    // A verb in the past with its object is a clause, not a subject.
    check("The checker rated many Republican claims as “false.”", None);
    // So does a capitalised plural, a name or not.
    check(
        "Now, Democrats believe the levee will hold.",
        Some(("believe", "Democrats", "the levee will hold")),
    );
    check(
        "Since the flood, the Okafors say the levee will hold.",
        Some(("say", "the Okafors", "the levee will hold")),
    );
    // The first person singular takes the bare form too.
    check(
        "I think the levee will hold.",
        Some(("think", "I", "the levee will hold")),
    );
    // A bound on a number opens the subject; before a name it is a focus
    // adverb, no part of it.
    check(
        "At least half of the growers say the price is “a little steep.”",
        Some((
            "say",
            "At least half of the growers",
            "the price is “a little steep.”",
        )),
    );
    check(
        "At least a dozen workers said the shift was cut.",
        Some(("said", "At least a dozen workers", "the shift was cut")),
    );
    // A number with the commas of its thousands is a number too.
    check(
        "At least 2,000 said the shift was cut.",
        Some(("said", "At least 2,000", "the shift was cut")),
    );
    check(
        "At least the mayor said the shift was cut.",
        Some(("said", "the mayor", "the shift was cut")),
    );
    // An auxiliary takes the bare verb.
    check(
        "The mayor did not say whether he would run.",
        Some(("say", "The mayor", "whether he would run")),
    );
    check(
        "Ruiz now says she opposes the deal.",
        Some(("says", "Ruiz", "she opposes the deal")),
    );
    // A quantifier after the subject counts it and is no part of it, even
    // after an auxiliary; opening the sentence it is the subject.
    check(
        "They both said the quarry should close.",
        Some(("said", "They", "the quarry should close")),
    );
    check(
        "Ruiz, Okafor and Lindqvist all argued that the toll was unfair.",
        Some(("argued", "Ruiz, Okafor and Lindqvist", "the toll was unfair")),
    );
    check(
        "The two growers have each said the price is too low.",
        Some(("said", "The two growers", "the price is too low")),
    );
    check(
        "Both said the quarry should close.",
        Some(("said", "Both", "the quarry should close")),
    );
    // After a preposition it ends an adverbial that is no subject.
    check("Above all said the quarry was a loss.", None);
    // An adverb between the subject and its verb is no part of either.
    check(
        "Okafor just said the quarry should close.",
        Some(("said", "Okafor", "the quarry should close")),
    );
    // An adverb in -ly and its comma open the sentence; a name in -ly
    // with an appositive is the subject.
    check(
        "Privately, some growers think the price is too low.",
        Some(("think", "some growers", "the price is too low")),
    );
    check(
        "Connolly, a grower, said the price is too low.",
        Some(("said", "Connolly, a grower", "the price is too low")),
    );
    // A quantifier alone names nobody a reader can check.
    check(
        "Few think the toll will pass.",
        Some(("think", "Few", "the toll will pass")),
    );
}

#[test]
fn abbreviations_inside_names() {
    check(
        "“This is a sad day,” said Rep. Ann Lee (D-Ohio), head of the caucus.",
        // The party's bracket is read apart from the sentence.
        Some(("said", "Rep. Ann Lee", "This is a sad day,")),
    );
    check(
        "The rate fell, according to Dr. G.K. Osei.",
        Some(("according to", "Dr. G.K. Osei", "The rate fell")),
    );
}

#[test]
fn names_that_end_in_a_number() {
    check(
        "ABC 7 reported that the pier had closed.",
        Some(("reported", "ABC 7", "the pier had closed")),
    );
    check(
        "Harbor Workers Local 12 said the strike would go on.",
        Some(("said", "Harbor Workers Local 12", "the strike would go on")),
    );
    // At a sentence's start a capitalised word before a number is no name:
    // "Nearly 40" counts people.
    check(
        "Nearly 40 said the strike would go on.",
        Some(("said", "Nearly 40", "the strike would go on")),
    );
}

#[test]
fn adjectives_of_belief_after_a_linking_verb() {
    check(
        "Okafor is confident that the ferry will sail.",
        Some(("is confident", "Okafor", "the ferry will sail")),
    );
    check(
        "The crews remain hopeful that the port will reopen.",
        Some(("remain hopeful", "The crews", "the port will reopen")),
    );
    check(
        "Lee was convinced the vote would fail.",
        Some(("was convinced", "Lee", "the vote would fail")),
    );
    // Only a clause is the content: what one is aware of reports nothing.
    check_all("Okafor was aware of the risk.", &[]);
    // Inside a reported clause the belief is the speaker's words.
    check_all(
        "Lee said she felt hopeful the ferry line would reopen.",
        &[("said", "Lee", "she felt hopeful the ferry line would reopen")],
    );
}

#[test]
fn a_pronoun_and_a_name_as_one_subject() {
    check(
        "It is not only about ferries, he and Ms. Ruiz said.",
        Some(("said", "he and Ms. Ruiz", "It is not only about ferries")),
    );
    check(
        "She and two aides said the port would reopen.",
        Some(("said", "She and two aides", "the port would reopen")),
    );
}

#[test]
fn relative_clauses() {
    // A currency sign before its number stays in the speaker's phrase, as
    // a per cent sign does; a sign standing alone ends the phrase.
    check(
        "The ferry company, which lost $3 million in May, says fares will rise.",
        Some((
            "says",
            "The ferry company, which lost $3 million in May",
            "fares will rise",
        )),
    );
    check(
        "Ana Ruiz, who raised €40,000 for the pier, said the repairs had begun.",
        Some((
            "said",
            "Ana Ruiz, who raised €40,000 for the pier",
            "the repairs had begun",
        )),
    );
    check(
        "Ana Ruiz, who owns 30% of the ferry line, said the repairs had begun.",
        Some((
            "said",
            "Ana Ruiz, who owns 30% of the ferry line",
            "the repairs had begun",
        )),
    );
    check("Ana Ruiz, who paid in $ and €, said the repairs had begun.", None);
    // A comma between two adjectives of one noun does not close the
    // relative clause.
    check(
        "Lee, who portrayed the mayor as a generous, modest captain, left the port.",
        Some(("portrayed", "Lee", "the mayor as a generous, modest captain")),
    );
    check_all(
        "The coach, who said he votes for the opposition, said the mayor is good.",
        &[
            (
                "said",
                "The coach, who said he votes for the opposition",
                "he votes for the opposition",
            ),
            (
                "said",
                "The coach, who said he votes for the opposition",
                "the mayor is good",
            ),
        ],
    );
    // Set off by dashes, the clause ends at the closing dash.
    check_all(
        "The lawyer Ben Osei — who once said the case was “closed” — spoke on Friday.",
        &[("said", "Ben Osei", "the case was “closed”")],
    );
    check_all(
        "The lawyer met Ben Osei, who said the case was closed.",
        &[("said", "Ben Osei", "the case was closed")],
    );
    // Auxiliaries and adverbs between the relative word and its cue.
    check_all(
        "The lawyer met Ben Osei, who has long said the case was closed.",
        &[("said", "Ben Osei", "the case was closed")],
    );
    // So is a short phrase of time or place.
    check_all(
        "The lawyer met Ben Osei, who in 2019 said the case was closed.",
        &[("said", "Ben Osei", "the case was closed")],
    );
    check_all(
        "Reporters reached the port authority, which had warned that the berths were full.",
        &[("warned", "the port authority", "the berths were full")],
    );
    // "who's" is "who has" before a cue, and "who is" before a
    // description that holds a cue form ("thinking").
    check_all(
        "The push was led by Ben Osei, who’s called for hiring 12,000 more inspectors, and a union.",
        &[("called for", "Ben Osei", "hiring 12,000 more inspectors")],
    );
    check_all(
        "Ben Osei, who's thinking about a run for mayor, said the race was open.",
        &[(
            "said",
            "Ben Osei, who's thinking about a run for mayor",
            "the race was open",
        )],
    );
    // A cue joined by "and" to the clause's first verb has the relative
    // word as its subject too, and its content ends where the clause does.
    check_all(
        "The clerk phoned Ana Ruiz, who runs the bakery on Pier Street and said the rent had doubled.",
        &[("said", "Ana Ruiz", "the rent had doubled")],
    );
    check_all(
        "Ortiz, who drafted the ferry plan in March and argued it would save money, left the meeting early.",
        &[("argued", "Ortiz", "it would save money")],
    );
    // "but" joins a relative clause's verbs only when commas set it off.
    check_all(
        "He thanked the crews who stayed but said the pier would close.",
        &[("said", "He", "the pier would close")],
    );
    check_all(
        "The crews, who stayed late but said the pier would close, went home.",
        &[("said", "The crews", "the pier would close")],
    );
    // The antecedent of "who" is a noun phrase: it starts after a verb,
    // and after a preposition that leads to a group ("among", "to").
    check_all(
        "Lee thanked residents who said the fares were too high.",
        &[("said", "residents", "the fares were too high")],
    );
    check_all(
        "The ferry line fared poorly among residents who said the fares were too high.",
        &[("said", "residents", "the fares were too high")],
    );
    check_all(
        "The new pier gave a voice to workers who argued the old one was unsafe.",
        &[("argued", "workers", "the old one was unsafe")],
    );
    // When what follows the preposition names no one, the phrase before
    // it is the antecedent.
    check_all(
        "The pier was opened by two workers from the port who said it was safe.",
        &[("said", "two workers from the port", "it was safe")],
    );
    // A past form after a determiner, or first, is an adjective of the
    // antecedent; after another word it is a verb.
    check_all(
        "The mayor thanked the elected officials who said the pier should stay open.",
        &[("said", "the elected officials", "the pier should stay open")],
    );
    check_all(
        "The mayor thanked elected officials who said the pier should stay open.",
        &[("said", "elected officials", "the pier should stay open")],
    );
    // "those" before "who" is a vague source of its own.
    check_all(
        "The harbor paper printed letters from those who said the pier should close.",
        &[("said", "those", "the pier should close")],
    );
    // Any contraction of "who" opens the clause ("who'd" is "who had").
    check_all(
        "The levy was dropped by Ben Osei, who’d long argued that it was unfair, in May.",
        &[("argued", "Ben Osei", "it was unfair")],
    );
    // A comma inside a quotation closes the clause too.
    check_all(
        "Ben Osei, who called the pact “madness,” left early.",
        &[("called", "Ben Osei", "the pact “madness,”")],
    );
    // A comma after the cue, or after an adverbial, introduces a quotation.
    // The passive before it is Osei's stance on the motion.
    check_all(
        "The motion was backed by Ben Osei, who declared at the meeting, “The pier must close.”",
        &[
            ("was backed by", "Ben Osei", "The motion"),
            ("declared", "Ben Osei", "The pier must close."),
        ],
    );
    check_all(
        "Ben Osei, who declared, “The pier must close,” left early.",
        &[("declared", "Ben Osei", "The pier must close,")],
    );
    // The clause runs on through a quotation inside it, after a speech
    // tag as anywhere else.
    check_all(
        "“It is late,” said a clerk at the pier, who added that the crew seemed “rattled” by the storm.",
        &[
            ("said", "a clerk at the pier", "It is late,"),
            (
                "added",
                "a clerk at the pier",
                "the crew seemed “rattled” by the storm",
            ),
        ],
    );
    // A cue in the subject's relative clause reports the quotation; the
    // verb after the clause ("was") is no verb of a speaker's.
    check_all(
        "Ben Osei, who said the levy was “a trap” in May, left early.",
        &[("said", "Ben Osei", "the levy was “a trap” in May")],
    );
    // A progressive in the relative clause describes the speaker.
    check_all(
        "Ben Osei, a clerk who is challenging the port, admires the pier as a “landmark.”",
        &[(
            "admires",
            "Ben Osei, a clerk who is challenging the port",
            "the pier as a “landmark.”",
        )],
    );
    // "which" after an organisation or a document.
    check_all(
        "Reporters reached the port authority, which said the berths were full.",
        &[("said", "the port authority", "the berths were full")],
    );
    // A relative clause on something that is not a speaker.
    check_all("They fixed the pump, which said nothing.", &[]);
    // "which" with a subject of its own and no verb yet names no one.
    check_all("The sanctions, which the U.S. proposed in May, took effect.", &[]);
    // After a modal, the bare verb is no part of the antecedent.
    check_all(
        "The rule would shield ferry crews who oppose the new fares.",
        &[("oppose", "ferry crews", "the new fares")],
    );
}

#[test]
fn a_participle_right_after_a_noun_phrase_is_its_claim() {
    check_all(
        "Lee sent $5,000 to a club supporting Ruiz.",
        &[("supporting", "a club", "Ruiz")],
    );
    // An amount of money is no one's phrase.
    check_all("The group spent $500 backing Ruiz.", &[]);
    check_all("The group spent $2,500 backing Ruiz.", &[]);
    check_all(
        "Late fees rose after a port survey showing most riders want a night ferry.",
        &[("showing", "a port survey", "most riders want a night ferry")],
    );
    check_all(
        "Ruiz gave a speech to dock workers saying the pier is safe.",
        &[("saying", "dock workers", "the pier is safe")],
    );
    // On the subject, or on an "of" phrase inside it, the participle's
    // clause ends unmarked before the main verb: it is not read.
    check_all("Riders supporting the fare hike left early.", &[]);
    check_all("The share of riders supporting the fare rose.", &[]);
    check_all("The latest batch of posts alleging fraud may hurt the port.", &[]);
    // A quantifier alone before the "-ing" word makes it an adjective, and
    // a cue form that is also a noun is one after a noun.
    check_all(
        "Crews watched the pier for rust or other telling signs of age.",
        &[],
    );
    check_all(
        "Winning the port would close one of his most promising paths to the board.",
        &[],
    );
    check_all("The plan sat in a City Hall briefing memo without a date.", &[]);
    // Inside an introductory phrase it is not read: the main clause has
    // the sentence's speaker.
    check_all(
        "Despite signs on the docks at Ferry Point suggesting fares will rise, crews say the port is calm.",
        &[("say", "crews", "the port is calm")],
    );
    // A court's ruling reports the clause after it.
    check_all(
        "Fares fell following a County Court ruling that the levy was void.",
        &[("ruling", "a County Court", "the levy was void")],
    );
}

#[test]
fn relative_that() {
    // "that" right after a person, a body or a document is a relative
    // word, as "who" and "which" are.
    check_all(
        "The harbor office sent out a memo that said the night ferry would stop.",
        &[("said", "a memo", "the night ferry would stop")],
    );
    check_all(
        "The kiosk screen showed a message that said, “Sold out, try the noon ferry.”",
        &[("said", "a message", "Sold out, try the noon ferry.")],
    );
    check_all(
        "It was the port officials that warned the pier was unsafe.",
        &[("warned", "the port officials", "the pier was unsafe")],
    );
    // The particle of a phrasal verb is no part of the noun after it, and an
    // irregular past form bounds the noun as a regular one does.
    check_all(
        "Crews handed out letters that said the night ferry would stop.",
        &[("said", "letters", "the night ferry would stop")],
    );
    check_all(
        "Organizers called up riders who said the fare was too high.",
        &[("said", "riders", "the fare was too high")],
    );
    check_all(
        "The harbor office sent memos that said the night ferry would stop.",
        &[("said", "memos", "the night ferry would stop")],
    );
    // A time adverbial between the antecedent and the relative word dates
    // the antecedent and is no part of it, nor is a month a source.
    check_all(
        "The port released a report in July that said the night ferry would stop.",
        &[("said", "a report", "the night ferry would stop")],
    );
    check_all(
        "The port released a report on Monday, which said the night ferry would stop.",
        &[("said", "a report", "the night ferry would stop")],
    );
    check_all(
        "The port released data Monday morning that suggest the night ferry will stop.",
        &[("suggest", "data", "the night ferry will stop")],
    );
    check_all(
        "The crews met Ruiz last week, who said the night ferry would stop.",
        &[("said", "Ruiz", "the night ferry would stop")],
    );
    check_all(
        "The crews met Ana May, who said the night ferry would stop.",
        &[("said", "Ana May", "the night ferry would stop")],
    );
    // It takes the nearest noun: a jacket is no speaker, and the deckhand
    // in it did not say what it reads.
    check_all("A deckhand in a jacket that said “Ferry Now” waved.", &[]);
    check_all("The ferry left a clerk at a stall that said “Closed.”", &[]);
    // Any noun in "-er" is no person ("corner", "order").
    check_all(
        "The fares pushed the line into a corner that could threaten its future.",
        &[],
    );
    // After a verb, "that" opens the reported clause.
    check_all(
        "The clerk argued that officials had warned the pier was unsafe.",
        &[("argued", "The clerk", "officials had warned the pier was unsafe")],
    );
    // A "that" clause on the sentence's subject ends, unmarked, before the
    // main verb, so it is not read.
    check_all("The polls that show Lee ahead have the fares rising.", &[]);
}

#[test]
fn anonymity_requests_are_no_claims() {
    check_all(
        "“We are not against it,” one fisherman said, asking that his name not be used.",
        &[("said", "one fisherman", "We are not against it,")],
    );
    check_all(
        "A nurse, who did not want to be identified, said the ward was full.",
        &[(
            "said",
            "A nurse, who did not want to be identified",
            "the ward was full",
        )],
    );
    check_all(
        "A nurse said the ward was full, asking not to be named.",
        &[("said", "A nurse", "the ward was full")],
    );
    // Any other infinitive reports an aim.
    check_all(
        "Okafor, who has pledged to cut fares, said the budget was sound.",
        &[
            ("pledged", "Okafor, who has pledged to cut fares", "to cut fares"),
            (
                "said",
                "Okafor, who has pledged to cut fares",
                "the budget was sound",
            ),
        ],
    );
}

#[test]
fn participles_linked_by_more_than_a_comma() {
    // An infinitive, quoted or not.
    check_all(
        "The governor toured the flooded valley, vowing to rebuild every bridge.",
        &[("vowing", "The governor", "to rebuild every bridge")],
    );
    check_all(
        "The governor toured the flooded valley, vowing to “rebuild every bridge.”",
        &[("vowing", "The governor", "to “rebuild every bridge.”")],
    );
    // A preposition before a plural noun is no infinitive's "to".
    check_all("The governor stood on the steps, speaking to farmers.", &[]);
    // A perfect participle.
    check_all(
        "The council hosted the envoy, having described him as “a peacemaker.”",
        &[("having described", "The council", "him as “a peacemaker.”")],
    );
    // A phrase of time or place between the comma and the participle.
    check_all(
        "Dana Whitfield has clashed with the board, at times calling its chairman “a tyrant.”",
        &[("calling", "Dana Whitfield", "its chairman “a tyrant.”")],
    );
    // An adverb between an absolute phrase's subject and its participle.
    check_all(
        "The race turned sour, with Okafor openly promising to “clean house.”",
        &[("promising", "Okafor", "to “clean house.”")],
    );
    // An absolute phrase with a speaker of its own ends the content before
    // it; a share goes on with a poll's finding.
    check_all(
        "The mayor said the plan failed, with Okafor calling it “a disaster.”",
        &[
            ("said", "The mayor", "the plan failed"),
            ("calling", "Okafor", "it “a disaster.”"),
        ],
    );
    check_all(
        "The survey found Lee ahead by six points, with 13 percent supporting Kim.",
        &[(
            "found",
            "The survey",
            "Lee ahead by six points, with 13 percent supporting Kim",
        )],
    );
    // A time after the listener, then the reported clause without "that";
    // a subordinator opens the adverbial's own clause.
    check_all(
        "The vote split the council, with Okafor telling reporters on Monday she saw the plan as “reckless.”",
        &[("telling", "Okafor", "she saw the plan as “reckless.”")],
    );
    check_all(
        "The mayor spoke briefly, telling reporters after he arrived he was tired.",
        &[("telling", "The mayor", "he was tired")],
    );
}

#[test]
fn the_writer_in_the_first_person() {
    check(
        "I told the judge that I would not run.",
        Some(("told", "I", "I would not run")),
    );
    check(
        "“Okay,” I said, attempting to regroup.",
        Some(("said", "I", "Okay,")),
    );
}

#[test]
fn doubled_apostrophes_are_quotation_marks() {
    check(
        "''It is an enormous moment,'' said Steve Schmidt, a strategist.",
        Some(("said", "Steve Schmidt", "It is an enormous moment,")),
    );
}

#[test]
fn only_the_words_outside_a_quotation_are_read() {
    // The cue inside the quotation is the quoted sign's, never the
    // sentence's: its words are not even tokenized.
    check(
        "The banner over the door, “Officials say the port is closed,” hung for a week.",
        None,
    );
    // An empty quotation, whole or ending the text, still ends a piece of
    // the sentence and the reading goes on after it.
    check(
        "She typed “” in the box, Lee said.",
        Some(("said", "Lee", "She typed “” in the box")),
    );
    check("Lee said “”", Some(("said", "Lee", "")));
}

#[test]
fn shares_and_relative_descriptions() {
    check(
        "More than one in four voters said the tax should go.",
        Some(("said", "More than one in four voters", "the tax should go")),
    );
    check(
        "Six in 10 say the governor is decisive.",
        Some(("say", "Six in 10", "the governor is decisive")),
    );
    check(
        "The campaign, which has been under fire for months, said that the emails were old.",
        Some((
            "said",
            "The campaign, which has been under fire for months",
            "the emails were old",
        )),
    );
}

#[test]
fn a_quote_then_the_writers_clause() {
    check(
        "She repeatedly says, “Don’t do it,” until shots are heard.",
        Some(("says", "She", "Don’t do it,")),
    );
    check(
        "Protesters marched downtown, chanting “Hands up.”",
        Some(("chanting", "Protesters", "Hands up.")),
    );
}

#[test]
fn the_writers_words_after_a_partial_quote() {
    // A dash, then a clause with its own subject.
    check(
        "Lee said the mayor had been misled by “cronies” on the board — and he named the treasurer as one.",
        Some((
            "said",
            "Lee",
            "the mayor had been misled by “cronies” on the board",
        )),
    );
    // A noun phrase summing up, with a relative clause of its own.
    check(
        "Lee said he was “heartened” by the budget — a rare note of praise since 2019, when he voted against it.",
        Some(("said", "Lee", "he was “heartened” by the budget")),
    );
    // "while" and a participle cue is a saying of its own; "while" and
    // another participle may belong to what was said.
    check_all(
        "Kim insisted it was “too soon” to decide while adding, “I trust her.”",
        &[
            ("insisted", "Kim", "it was “too soon” to decide"),
            ("adding", "Kim", "I trust her."),
        ],
    );
    // "when" and a participle cue too, but "when" and a subject may go on
    // with what was said.
    check(
        "Ruiz called the rival a “fraud” on the air when commenting on her speech.",
        Some(("called", "Ruiz", "the rival a “fraud” on the air")),
    );
    check(
        "Kim said Lee was “quite right” when he turned the offer down.",
        Some((
            "said",
            "Kim",
            "Lee was “quite right” when he turned the offer down",
        )),
    );
    // After a quotation, a dash or "and" before a named speaker with a
    // cue of their own; before a pronoun the speaker goes on.
    check(
        "Ruiz accuses the mayor of “hiding behind aides” and Kim says he is “losing the city.”",
        Some(("accuses", "Ruiz", "the mayor of “hiding behind aides”")),
    );
    check(
        "Ruiz lamented the mayor’s late budgets – “why give them the chance?” – voters in the ward said they did not mind.",
        Some(("lamented", "Ruiz", "the mayor’s late budgets – “why give them the chance?”")),
    );
    check(
        "Ruiz said the ward is “messy” and he thinks he can still win it.",
        Some((
            "said",
            "Ruiz",
            "the ward is “messy” and he thinks he can still win it",
        )),
    );
    // A relative clause on the noun the quoted words lead to, with no
    // quotation after it.
    check(
        "Lee said she would “study it closely” at the hearing, which opens in June.",
        Some(("said", "Lee", "she would “study it closely” at the hearing")),
    );
    // A dash, or a spaced hyphen, before a clause with a cue of its own.
    check(
        "Ruiz hit back, calling it “a fine start” - but he said the work must go on.",
        Some(("calling", "Ruiz", "it “a fine start”")),
    );
    // After a conjunction and a verb of the writer's, a later quotation set
    // off by a comma belongs to a clause of its own.
    check(
        "Ruiz hit back, calling him a “wrecker,” and compared the rival, whom he called “reckless,” with Kim.",
        Some(("calling", "Ruiz", "him a “wrecker,”")),
    );
    check(
        "Kim noted that one volunteer had “nearly fainted” while knocking on doors.",
        Some((
            "noted",
            "Kim",
            "one volunteer had “nearly fainted” while knocking on doors",
        )),
    );
}

#[test]
fn participles_of_one_subject_side_by_side() {
    check_all(
        "She pushed back, saying he had hired many women and calling him “a champion of the staff.”",
        &[
            ("saying", "She", "he had hired many women"),
            ("calling", "She", "him “a champion of the staff.”"),
        ],
    );
    // After the quotation, any participle of the same subject.
    check(
        "Lee went after the council, calling its members “crooks” and cowards and threatening to cut its funds.",
        Some(("calling", "Lee", "its members “crooks” and cowards")),
    );
}

#[test]
fn progressive_cues() {
    check(
        "The candidate is telling voters that the army is “depleted.”",
        Some(("is telling", "The candidate", "the army is “depleted.”")),
    );
    // Adverbs between the auxiliary and the participle, and the perfect
    // progressive, whose "has" stays outside the cue as in "has said".
    check(
        "The mayor is now predicting that the levy will pass.",
        Some(("is now predicting", "The mayor", "the levy will pass")),
    );
    check(
        "Union leaders were not suggesting a strike.",
        Some(("were not suggesting", "Union leaders", "a strike")),
    );
    check(
        "Critics have been warning that the dam is too old.",
        Some(("been warning", "Critics", "the dam is too old")),
    );
    // A pronoun and its contracted auxiliary are two words.
    check(
        "She’s predicting the ferry will run “on time” all winter.",
        Some(("’s predicting", "She", "the ferry will run “on time” all winter")),
    );
    check(
        "They're also saying the levy will pass.",
        Some(("'re also saying", "They", "the levy will pass")),
    );
    check(
        "We’ve long said the levy will pass.",
        Some(("said", "We", "the levy will pass")),
    );
    // A progressive of a verb that is no cue.
    check("The plan is working well.", None);
    check("The plan has been working well.", None);
}

#[test]
fn dateline_before_the_subject() {
    check(
        "FLINT, Mich., Oct. 4 (UPI) — Former President Ana Ruiz criticized the law as “crazy.”",
        Some(("criticized", "Former President Ana Ruiz", "the law as “crazy.”")),
    );
    // A participle takes the subject of the clause after the dateline.
    check(
        "Lagos (AFP) – Senator Ana Ruiz voted against the bill, saying it was “a trap.”",
        Some(("saying", "Senator Ana Ruiz", "it was “a trap.”")),
    );
    // So does it after a dateline whose region is abbreviated; a hedge in a
    // relative clause on the way reports nothing of the whole sentence.
    check(
        "MILLBROOK, Ore. — Sen. Ana Ruiz (D-Ore.) weighed in on claims against the chief, who allegedly struck a clerk, calling the act a “fireable offense.”",
        Some(("calling", "Sen. Ana Ruiz", "the act a “fireable offense.”")),
    );
    // A title's full stop before a dash is no dateline's.
    check(
        "Gov. Ana Ruiz — who may run for the Senate — has quarrelled with Cole for months, calling him a “liar.”",
        Some(("calling", "Gov. Ana Ruiz", "him a “liar.”")),
    );
    // A day opens an introductory phrase with no comma after it.
    check(
        "Saturday at the party convention Sen. Ana Ruiz said the bill was a trap.",
        Some(("said", "Sen. Ana Ruiz", "the bill was a trap")),
    );
}

#[test]
fn a_cue_form_after_a_determiner_is_a_noun() {
    check(
        "A person familiar with the planning said the talks will resume.",
        Some((
            "said",
            "A person familiar with the planning",
            "the talks will resume",
        )),
    );
    check(
        "People briefed on their plans say the vote is close.",
        Some(("say", "People briefed on their plans", "the vote is close")),
    );
    check(
        "Traders cited the report as proof, officials said.",
        Some(("said", "officials", "Traders cited the report as proof")),
    );
    // So is one after the particle of a phrasal verb.
    check("Lee met aides to sketch out plans for a wider canal.", None);
    // Without a determiner the form is still a verb.
    check(
        "Analysts report that sales fell.",
        Some(("report", "Analysts", "sales fell")),
    );
}

#[test]
fn a_short_tail_after_the_recipient_holds_no_clause() {
    check(
        "Lee, the former mayor, told The Courier last week she would run.",
        Some(("told", "Lee, the former mayor", "she would run")),
    );
    check(
        "Lee told The Courier of Easton she would run.",
        Some(("told", "Lee", "she would run")),
    );
    check(
        "The port will close, Lee told The Courier last week.",
        Some(("told", "Lee", "The port will close")),
    );
    // Words that open like a tail but hold a finite verb are the clause.
    check(
        "While growers pushed for talks, Lee said this was the last chance.",
        Some(("said", "Lee", "this was the last chance")),
    );
    check(
        "As the talks dragged on, Lee told reporters this would be the last round.",
        Some(("told", "Lee", "this would be the last round")),
    );
}

#[test]
fn a_tail_after_an_inverted_name_is_not_the_speaker() {
    check(
        "“We agree,” said Dan Lee when asked about the plan.",
        Some(("said", "Dan Lee", "We agree,")),
    );
    check(
        "“We agree,” said Dan Lee in an interview.",
        Some(("said", "Dan Lee", "We agree,")),
    );
    check(
        "“We agree,” said Dan Lee of the dockworkers’ union.",
        Some(("said", "Dan Lee of the dockworkers’ union", "We agree,")),
    );
    check(
        "“We agree,” said a trader in the port.",
        Some(("said", "a trader in the port", "We agree,")),
    );
    // A handle names its owner inside the source phrase.
    check(
        "“Meh,” wrote a docker who runs the account @Dock_Voices.",
        Some(("wrote", "a docker who runs the account @Dock_Voices", "Meh,")),
    );
}

#[test]
fn a_clause_of_time_after_a_tag_tells_when_it_was_said() {
    check(
        "The ferry will stop, the mayor said as he left the hall.",
        Some(("said", "the mayor", "The ferry will stop")),
    );
    check(
        "The ferry will stop, the mayor told reporters when asked.",
        Some(("told", "the mayor", "The ferry will stop")),
    );
    check(
        "The ferry will stop, the mayor said after she was briefed.",
        Some(("said", "the mayor", "The ferry will stop")),
    );
    // A modal makes it a question the tag reports.
    check(
        "The ferry will stop, Lee said when it would restart.",
        Some(("said", "Lee", "when it would restart")),
    );
    // Before the speaker, a clause of time opens what was said.
    check(
        "Lee said when the ferry stops, fares will rise.",
        Some(("said", "Lee", "when the ferry stops, fares will rise")),
    );
    // A clause of time that ends the sentence after the cue dates the act.
    check("Lee said as she left.", None);
    check("Lee spoke before the vote.", None);
    check(
        "The ferry will stop, as Lee said before she left.",
        Some(("said", "Lee", "The ferry will stop")),
    );
    check("Lee said", None);
    // A modal, a comma or a long clause makes it the start of what was said, and
    // "as" before a noun names a role or a label.
    check(
        "Lee said after the vote that fares will rise.",
        Some(("said", "Lee", "fares will rise")),
    );
    check(
        "Lee said before the vote fares would rise.",
        Some(("said", "Lee", "before the vote fares would rise")),
    );
    check(
        "Lee said before the vote in May the council approved a plan to cut fares and raise pay.",
        Some((
            "said",
            "Lee",
            "before the vote in May the council approved a plan to cut fares and raise pay",
        )),
    );
    check(
        "The board decided after a long and bitter review not to renew the ferry contract for next year.",
        Some((
            "decided",
            "The board",
            "after a long and bitter review not to renew the ferry contract for next year",
        )),
    );
    check(
        "Lee said after the vote, fares rose.",
        Some(("said", "Lee", "after the vote, fares rose")),
    );
    check(
        "The levy is what Lee described as a tax.",
        Some(("described", "Lee", "what Lee described as a tax")),
    );
    // Where the words before the comma hold a tag of their own, they are
    // that tag's, not the timed tag's.
    check(
        "Fares, Ruiz said, will rise, as Lee said before she left.",
        Some((
            "said",
            "Ruiz",
            "Fares, Ruiz said, will rise, as Lee said before she left",
        )),
    );
}

#[test]
fn what_an_inverted_tag_interrupts_or_introduces() {
    check(
        "Because the board moved the date, explained Ann Lee, “the vote may slip.”",
        Some((
            "explained",
            "Ann Lee",
            "Because the board moved the date, explained Ann Lee, “the vote may slip.”",
        )),
    );
    check(
        "In short, said the treasurer: “We are out of money.”",
        Some((
            "said",
            "the treasurer",
            "In short, said the treasurer: “We are out of money.”",
        )),
    );
    // Without a quotation the words before the tag are the content.
    check(
        "The vote may slip, explained Ann Lee, a clerk.",
        Some(("explained", "Ann Lee", "The vote may slip")),
    );
    // A sentence the tag interrupts goes on after it: the claim is the
    // whole sentence, and the appositive ends at the comma before the verb.
    check(
        "The trouble with the levy, says Ann Lee, a historian at the college, is that it was “never popular.”",
        Some((
            "says",
            "Ann Lee",
            "The trouble with the levy, says Ann Lee, a historian at the college, is that it was “never popular.”",
        )),
    );
    check(
        "The delay, noted Lee, is on the builders’ end.",
        Some(("noted", "Lee", "The delay, noted Lee, is on the builders’ end")),
    );
}

#[test]
fn a_bare_cue_inverts_after_a_plural_speaker() {
    check(
        "A smaller levy may not be a bad thing, say some economists.",
        Some(("say", "some economists", "A smaller levy may not be a bad thing")),
    );
    check(
        "“We are ready,” say the organizers.",
        Some(("say", "the organizers", "We are ready,")),
    );
    check(
        "“Why now?” ask some residents.",
        Some(("ask", "some residents", "Why now?")),
    );
    check(
        "The plan is sound, argue its backers.",
        Some(("argue", "its backers", "The plan is sound")),
    );
    check(
        "The trouble, say historians, is that few records survive.",
        Some((
            "say",
            "historians",
            "The trouble, say historians, is that few records survive",
        )),
    );
    // The bare form agrees with a plural speaker only.
    check("The plan is sound, argue a backer.", None);
    // A command, not an inverted tag.
    check("Before you vote, say a prayer.", None);
    check("If in doubt, ask doctors.", None);
    check("Before you buy, question sellers closely.", None);
    check("Pick a town, say Dover, and look.", None);
    // A bare form that is a noun or a modifier is no tag.
    check("The group drafted “radical” protest plans.", None);
    check_all(
        "On Tuesday, state health officials found a case.",
        &[("found", "state health officials", "a case")],
    );
    check(
        "On Tuesday, state health officials discovered at least one case in Dover County, far from the port.",
        None,
    );
}

#[test]
fn people_nouns_without_an_agent_suffix() {
    check(
        "The real estate magnate says the tax will pass.",
        Some(("says", "The real estate magnate", "the tax will pass")),
    );
}

#[test]
fn a_cue_form_after_a_possessive_is_a_noun() {
    check("Editor’s note: The port reopened on Tuesday.", None);
    check(
        "The mayor’s statement said the port will close.",
        Some(("said", "The mayor’s statement", "the port will close")),
    );
    // A pronoun's contraction of `has` keeps the verb.
    check(
        "She’s said the port will close.",
        Some(("said", "She", "the port will close")),
    );
}

#[test]
fn a_quotation_after_the_reported_clause_and_a_colon() {
    check_all(
        "Lee said the race is close: “I think we lead. We did well.”",
        &[
            ("said", "Lee", "the race is close"),
            ("said", "Lee", "I think we lead. We did well."),
        ],
    );
    // A quotation that ends the sentence bears out the clause: one claim.
    check_all(
        "Lee said the toll would only grow: “They are building a moat.”",
        &[(
            "said",
            "Lee",
            "the toll would only grow: “They are building a moat.”",
        )],
    );
    // One with a tag of its own is its speaker's claim.
    check_all(
        "Lee said the mood had soured: “It is over,” Ruiz wrote.",
        &[
            ("said", "Lee", "the mood had soured"),
            ("wrote", "Ruiz", "It is over,"),
        ],
    );
}

#[test]
fn a_fronted_cue_and_its_speaker_before_a_quotation() {
    check(
        "Said Lee: “We will not stop.”",
        Some(("Said", "Lee", "We will not stop.")),
    );
    check(
        "Said the mayor, “We will not stop.”",
        Some(("Said", "the mayor", "We will not stop.")),
    );
    // Without a quotation it is no attribution.
    check("Said to be the richest man in town, Lee stayed home.", None);
    // An appositive may stand between the speaker and the quotation.
    check(
        "Said Dana Lee, who grew up nearby, “We were all so proud.”",
        Some(("Said", "Dana Lee", "We were all so proud.")),
    );
}

#[test]
fn a_present_participle_describes_the_source() {
    check(
        "Protesters marching through the streets chanted “What curfew?”",
        Some((
            "chanted",
            "Protesters marching through the streets",
            "What curfew?",
        )),
    );
    check(
        "People living near the port said the water was foul.",
        Some(("said", "People living near the port", "the water was foul")),
    );
}

#[test]
fn the_one_asked_before_the_quotation() {
    check_all(
        "Lee waved to the crowd before asking them, “Where do we go?”",
        &[("asking", "Lee", "Where do we go?")],
    );
}

#[test]
fn who_and_whom_as_the_object_of_a_naming_verb() {
    // The relative word is the object the quotation names: the claim is
    // the whole clause from it.
    check(
        "He took swipes at Lee, whom he called “the harbor king.”",
        Some(("called", "he", "whom he called “the harbor king.”")),
    );
    check(
        "He took swipes at Lee, who he dubbed “the harbor king.”",
        Some(("dubbed", "he", "who he dubbed “the harbor king.”")),
    );
    check(
        "The pilots thanked the dockers, whom she described as “tireless,” at the meeting.",
        Some(("described", "she", "whom she described as “tireless,”")),
    );
    // A noun subject after the relative word speaks, not "whom critics".
    check(
        "His friend is Joel Ben, whom critics described as “a second father.”",
        Some((
            "described",
            "critics",
            "whom critics described as “a second father.”",
        )),
    );
    // The comma inside the quotation ends the clause before the rest of
    // the main clause ("… against Lee: …").
    check(
        "Perez set the pilot, whom she had praised as “steady,” against Lee: “He is calm.”",
        Some(("praised", "she", "whom she had praised as “steady,”")),
    );
    // After a preposition the relative word is its object, and the
    // quotation stands alone.
    check(
        "Lee made a joke, to which she replied, “Not funny.”",
        Some(("replied", "she", "Not funny.")),
    );
    // Without a quotation the object clause reports nothing.
    check("He visited Lee, whom he called on Tuesday.", None);
}

#[test]
fn a_time_between_the_subject_and_its_verb() {
    check(
        "The mayor last week told reporters the bridge would close.",
        Some(("told", "The mayor", "the bridge would close")),
    );
    check(
        "The company on Tuesday said it would close the plant.",
        Some(("said", "The company", "it would close the plant")),
    );
    check(
        "“We are done,” the union just this month announced.",
        Some(("announced", "the union", "We are done,")),
    );
    // After a participle the time belongs to the description.
    check(
        "A report released on Tuesday said the plant would close.",
        Some(("said", "A report released on Tuesday", "the plant would close")),
    );
}

#[test]
fn an_introductory_phrase_with_two_adjectives_parted_by_a_comma() {
    check(
        "After a hastily called, tense meeting, the board put out a note calling the levy “a mistake.”",
        Some(("calling", "the board", "the levy “a mistake.”")),
    );
}

#[test]
fn a_subject_after_an_introductory_phrase_without_a_comma() {
    check(
        "On Tuesday the mayor said the bridge would close.",
        Some(("said", "the mayor", "the bridge would close")),
    );
    check(
        "In an interview Lee declared “We will win.”",
        Some(("declared", "Lee", "We will win.")),
    );
    check(
        "In the letter the senators said the program needed an overhaul.",
        Some(("said", "the senators", "the program needed an overhaul")),
    );
    check(
        "A few days ago in an interview he blasted the press as “dishonest.”",
        Some(("blasted", "he", "the press as “dishonest.”")),
    );
    // A run-in headline in capitals names no one.
    check("AT LEAST 10 KILLED IN BLAST Police said nothing.", None);
}

#[test]
fn a_joined_clause_has_its_own_leading_words_and_introduction() {
    check(
        "The storm has passed, but even now at 80 she still says the river “always wins.”",
        Some(("says", "she", "the river “always wins.”")),
    );
}

#[test]
fn a_focusing_adverb_before_the_subject() {
    check(
        "Even the ferry company said the fares were too high.",
        Some(("said", "the ferry company", "the fares were too high")),
    );
    // Before a subordinator, "even" opens the introductory phrase.
    check(
        "Even as the river rose, the ferry company said the fares were fair.",
        Some(("said", "the ferry company", "the fares were fair")),
    );
}

#[test]
fn according_to_inside_the_clause_it_attributes() {
    check(
        "Among the cases at risk, according to Dr. Lane, are 16 involving unions.",
        Some((
            "according to",
            "Dr. Lane",
            "Among the cases at risk, according to Dr. Lane, are 16 involving unions",
        )),
    );
    check(
        "Most voters - 63 percent, according to the county survey - still back the levy.",
        Some((
            "according to",
            "the county survey",
            "Most voters - 63 percent, according to the county survey - still back the levy",
        )),
    );
    // What follows the source without a verb is an appositive or the
    // writer's own clause, not more of the content.
    check(
        "The firm earned $6 million, according to public filings, a large sum for its size.",
        Some(("according to", "public filings", "The firm earned $6 million")),
    );
    check(
        "Prices rose, according to the survey, and wages fell.",
        Some(("according to", "the survey", "Prices rose")),
    );
}

#[test]
fn a_quotation_then_the_writers_clause_or_more_of_the_content() {
    // A verb after "and", or a comma before it: the writer goes on.
    check(
        "Protesters chanted “Whose streets?” and kept marching until dawn.",
        Some(("chanted", "Protesters", "Whose streets?")),
    );
    check(
        "Protesters chanted “Whose streets?”, and the police stood back.",
        Some(("chanted", "Protesters", "Whose streets?")),
    );
    // A noun phrase or "that" after "and": the reported clause goes on.
    check(
        "He said “budget reforms” and the new sales tax would pay for it.",
        Some((
            "said",
            "He",
            "“budget reforms” and the new sales tax would pay for it",
        )),
    );
    // Later in the clause, a conjunction and a finite verb with no subject of
    // its own: the writer's sentence goes on, after a quotation only.
    check(
        "The mayor said the plan was “a gamble” for the town but did not rule it out.",
        Some(("said", "The mayor", "the plan was “a gamble” for the town")),
    );
    check(
        "The mayor decried the “reckless” budget and outlined a plan of her own.",
        Some(("decried", "The mayor", "the “reckless” budget")),
    );
    check(
        "The mayor said the plan was “a gamble” and cost “far too much.”",
        Some((
            "said",
            "The mayor",
            "the plan was “a gamble” and cost “far too much.”",
        )),
    );
    // A quotation closed on a comma before a speech tag of its own.
    check(
        "Her critics kept calling the plan “a gamble,” the mayor said at the rally.",
        Some(("said", "the mayor", "a gamble,")),
    );
    check_all(
        "The mayor described the plan as “a gamble,” her aide said.",
        &[
            ("described", "The mayor", "the plan as “a gamble,”"),
            ("said", "her aide", "a gamble,"),
        ],
    );
    // A comma before a subject with a cue of its own ends the content; a
    // parenthetical speech tag does not.
    check_all(
        "While the mayor admitted the plan was costly, her aides argued that it would pay for itself.",
        &[
            ("admitted", "the mayor", "the plan was costly"),
            ("argued", "her aides", "it would pay for itself"),
        ],
    );
    check(
        "The mayor lamented the “good old days” when, she said, crowds were kinder.",
        Some((
            "lamented",
            "The mayor",
            "the “good old days” when, she said, crowds were kinder",
        )),
    );
    // A participle right after the statement its source put out.
    check(
        "The mayor's office released a statement Tuesday saying the roads were “impassable.”",
        Some(("saying", "The mayor's office", "the roads were “impassable.”")),
    );
    // A second participle joined by "and" is an attribution of its own,
    // with the first one's source.
    check_all(
        "Romney criticized the plan, calling it “reckless” and asserting that it would fail.",
        &[
            ("criticized", "Romney", "the plan"),
            ("calling", "Romney", "it “reckless”"),
            ("asserting", "Romney", "it would fail"),
        ],
    );
    // After a quotation, the writer's clause of time.
    check(
        "The mayor said she was “happy with the draft” as she faces a vote.",
        Some(("said", "The mayor", "she was “happy with the draft”")),
    );
    check(
        "The mayor called the budget “a disgrace” before leaving the hall.",
        Some(("called", "The mayor", "the budget “a disgrace”")),
    );
    check(
        "The mayor said the plan was “a gamble” as costs rose.",
        Some(("said", "The mayor", "the plan was “a gamble” as costs rose")),
    );
    check(
        "The mayor said the plan was risky but had merit.",
        Some(("said", "The mayor", "the plan was risky but had merit")),
    );
}

#[test]
fn pro_forms_and_contrasts_end_the_content() {
    check_all(
        "Six in 10 say he is decisive, after half said so in the earlier poll.",
        &[("say", "Six in 10", "he is decisive"), ("said", "half", "so")],
    );
    check_all(
        "Asked again, 72 percent of voters said yes while 48 percent said no.",
        &[
            ("said", "72 percent of voters", "yes"),
            ("said", "48 percent", "no"),
        ],
    );
    // "no" that opens a noun phrase, or says no to something, is more.
    check("Lee said no one knew.", Some(("said", "Lee", "no one knew")));
    check(
        "Lee said no to the merger.",
        Some(("said", "Lee", "no to the merger")),
    );
}

#[test]
fn a_collective_noun_counts_what_follows_of() {
    check(
        "A number of senators said the bill would fail.",
        Some(("said", "A number of senators", "the bill would fail")),
    );
    check(
        "A wide array of economists say the recovery was slow.",
        Some(("say", "A wide array of economists", "the recovery was slow")),
    );
    // "a host of new songs" names no one, so it cannot be an inverted speaker.
    check(
        "Ana Ruiz said her band and a friend, Dan Lee, wrote a host of new songs.",
        Some((
            "said",
            "Ana Ruiz",
            "her band and a friend, Dan Lee, wrote a host of new songs",
        )),
    );
}

#[test]
fn a_second_verb_shares_a_surname_at_the_start() {
    // A capitalised word ending in "s" may be a plural noun or a surname;
    // before "and said" it is the speaker.
    check(
        "Fields later took a photograph and said she had been pushed.",
        Some(("said", "Fields", "she had been pushed")),
    );
    check("Perhaps the rally ended early and nobody noticed.", None);
    check("Lee smiled as people walked past.", None);
}

#[test]
fn news_outlets_and_institutions_as_subjects() {
    check(
        "The magazine said the winner has predicted five elections.",
        Some(("said", "The magazine", "the winner has predicted five elections")),
    );
    check(
        "The institute said wages rose in May.",
        Some(("said", "The institute", "wages rose in May")),
    );
}

#[test]
fn a_question_put_to_the_source() {
    // The question is an attribution of its own, beside the answer; its
    // asker is named only after "by".
    check_all(
        "Asked whether the port would reopen, Lee said, “Soon.”",
        &[
            ("Asked", "", "whether the port would reopen"),
            ("said", "Lee", "Soon."),
        ],
    );
    // A quotation that closes on the comma ends the question too.
    check_all(
        "Asked if the fare is “fair to every rider,” 72 percent of riders said yes.",
        &[
            ("Asked", "", "if the fare is “fair to every rider,”"),
            ("said", "72 percent of riders", "yes"),
        ],
    );
    check_all(
        "Asked by reporters about the vote, Lee said it was fair.",
        &[("Asked", "reporters", "the vote"), ("said", "Lee", "it was fair")],
    );
    check(
        "In an interview, he was asked what happened to the vote.",
        Some(("asked", "", "what happened to the vote")),
    );
    check(
        "Lee was asked, “Would you have told her?”",
        Some(("asked", "", "Would you have told her?")),
    );
    check_all(
        "“It was nice,” Lee told reporters when asked if he had met the mayor.",
        &[
            ("told", "Lee", "It was nice,"),
            ("asked", "", "if he had met the mayor"),
        ],
    );
    // "why" and "how" are no object of the verb after them, so the
    // question ends at its comma.
    check_all(
        "When asked why Lee decided to block the plan last week, Kim said, “We need two more weeks” before the vote.",
        &[
            ("asked", "", "why Lee decided to block the plan last week"),
            ("said", "Kim", "We need two more weeks"),
        ],
    );
    check_all(
        "The board asked how Lee described the deal as “a steal” at the hearing.",
        &[
            ("asked", "The board", "how Lee described the deal as “a steal”"),
            ("described", "Lee", "the deal as “a steal”"),
        ],
    );
    check_all(
        "When Lee said the plan was dead, Kim said, “We need two more weeks” before the vote.",
        &[
            ("said", "Lee", "the plan was dead"),
            ("said", "Kim", "We need two more weeks"),
        ],
    );
    // The asker as subject is an ordinary cue.
    check(
        "Lee asked whether the rally would go on.",
        Some(("asked", "Lee", "whether the rally would go on")),
    );
    // Asked for no question: nothing reported.
    check("The asked price fell.", None);
}

#[test]
fn a_participial_phrase_between_subject_and_verb() {
    check(
        "Lee, speaking to reporters, said it was fair.",
        Some(("said", "Lee", "it was fair")),
    );
    check(
        "Lee, pressed on the point, said it was fair.",
        Some(("said", "Lee", "it was fair")),
    );
    // "including" names members of the subject.
    check(
        "Unions, including the teachers, said the deal was fair.",
        Some(("said", "Unions, including the teachers", "the deal was fair")),
    );
    // A phrase that "including" opens lists members of something named
    // before it; it names no one itself, so the participle after it is a
    // reduced relative ("waters claimed by …"), not a speech tag.
    check(
        "The port owns most of the bay, including waters claimed by the town and the county.",
        None,
    );
    check(
        "The board fired three staff, excluding those named by the mayor.",
        None,
    );
    // In an aside opened by "as", the listed members belong to its subject.
    check(
        "As many experts, including Lee, have noted, the plan is legal.",
        Some(("noted", "many experts, including Lee", "the plan is legal")),
    );
    check(
        "The plan is legal, as many experts, including Lee, have noted.",
        Some(("noted", "many experts, including Lee", "The plan is legal")),
    );
    // A long phrase of the reasons for anonymity.
    check(
        "A city official, speaking on the condition of anonymity to discuss the deputy mayor’s plans, said it was fair.",
        Some(("said", "A city official", "it was fair")),
    );
    // Without commas, an -ing form and its preposition after the head noun
    // describe it, but not after a preposition, where the -ing form is a
    // means.
    check(
        "A city official speaking on background said it was fair.",
        Some(("said", "A city official speaking on background", "it was fair")),
    );
    check(
        "Two aides speaking to the Gazette said it was fair.",
        Some(("said", "Two aides speaking to the Gazette", "it was fair")),
    );
    // A subordinator may open the phrase; the question put is an
    // attribution of its own.
    check_all(
        "The treasurer, when pressed about the deficit, replied that it was “a passing storm.”",
        &[("replied", "The treasurer", "it was “a passing storm.”")],
    );
    // "ranking" is a title's adjective, not a participle.
    check(
        "Rep. Ann Lee, ranking member of the budget committee and one of the plan’s authors, said it was fair.",
        Some((
            "said",
            "Rep. Ann Lee, ranking member of the budget committee and one of the plan’s authors",
            "it was fair",
        )),
    );
}

#[test]
fn a_listener_of_any_words_before_that() {
    check(
        "Kim told a morning show host on Monday that her post was “just satire.”",
        Some(("told", "Kim", "her post was “just satire.”")),
    );
    check(
        "Kim told a packed hall that the mill would reopen.",
        Some(("told", "Kim", "the mill would reopen")),
    );
    // "Her" before a noun is a possessive, so the listener goes on; before
    // a determiner it is the listener, and what follows is the clause.
    check(
        "Kim told her nephew over lunch that the mill would reopen.",
        Some(("told", "Kim", "the mill would reopen")),
    );
    check(
        "Kim told her the mill would reopen.",
        Some(("told", "Kim", "the mill would reopen")),
    );
    // A listener with a clause of its own: what that clause reports is not
    // what was told, so the tail stays whole.
    check_all(
        "Kim told a voter who argued that the mill was lost to be patient.",
        &[(
            "told",
            "Kim",
            "a voter who argued that the mill was lost to be patient",
        )],
    );
}

#[test]
fn a_listener_phrase_before_a_quotation() {
    check(
        "Lee told his radio audience on Monday, “We will rebuild.”",
        Some(("told", "Lee", "We will rebuild.")),
    );
    check(
        "Lee told a crowd of supporters in Ohio: “We will win.”",
        Some(("told", "Lee", "We will win.")),
    );
    // A reported clause with a partial quote keeps its clause.
    check(
        "Lee told reporters that the city, “without doubt,” would recover.",
        Some(("told", "Lee", "the city, “without doubt,” would recover")),
    );
    // The title of a programme after a possessive is the listener's.
    check(
        "Lee told WKRB’s “Harbor Hour” on Monday the levy was unfair.",
        Some(("told", "Lee", "the levy was unfair")),
    );
}

#[test]
fn an_introduction_with_a_colon_and_no_cue_verb() {
    // At the end of a sentence, the colon introduces the next paragraph.
    check(
        "The committee released the following statement:\n\nWe regret the delay.",
        Some((
            "released the following statement:",
            "The committee",
            "We regret the delay",
        )),
    );
    // A date with commas before the subject.
    check(
        "On July 6, 2015, Lee made the following comment:\n\n“We will win.”",
        Some(("made the following comment:", "Lee", "We will win.")),
    );
    // A list, or a pointer to something beside the text, is no one's words.
    check("This year’s winners are:\n\nLee and Ruiz.", None);
    check("Watch the full interview below:\n\nLee spoke for an hour.", None);
    // A determiner is never the verb after a subject.
    check(
        "Japan branded its neighbour an “outlaw nation.”",
        Some(("branded", "Japan", "its neighbour an “outlaw nation.”")),
    );
}

#[test]
fn verbs_of_urging() {
    check_all(
        "Lee tweeted that the plan was bad and encouraged voters to reject it.",
        &[
            ("tweeted", "Lee", "the plan was bad"),
            ("encouraged", "Lee", "voters to reject it"),
        ],
    );
    check(
        "Cruz exhorted the delegates to “vote your conscience.”",
        Some(("exhorted", "Cruz", "the delegates to “vote your conscience.”")),
    );
}

#[test]
fn a_partial_quote_that_runs_on_past_its_sentence() {
    // The quotation opens in the reported clause and closes sentences later:
    // the content runs to its closing mark.
    check(
        "Lee said the tone “was set early. It stayed that way.” The debate ended.",
        Some(("said", "Lee", "the tone “was set early. It stayed that way.")),
    );
    // Never closed: to the end of the sentence.
    check(
        "Lee said the tone “was set early. It stayed that way.",
        Some(("said", "Lee", "the tone “was set early")),
    );
}

#[test]
fn a_quotation_begun_in_an_earlier_sentence_opens_the_clause_it_closes() {
    // The reported clause before the tag starts where the quotation opened,
    // not at its closing mark.
    check_all(
        "The crews “were not paid. They were tired” until May, Okafor said.",
        &[("said", "Okafor", "“were not paid. They were tired” until May")],
    );
    // So it does before an inverted tag.
    check_all(
        "“The crews were not paid. They were tired” until May, says Okafor.",
        &[(
            "says",
            "Okafor",
            "“The crews were not paid. They were tired” until May",
        )],
    );
    // Closed on its comma, the quotation alone is the content.
    check_all(
        "The crews “were not paid. They were tired,” Okafor said.",
        &[("said", "Okafor", "were not paid. They were tired,")],
    );
    // A quotation that runs on past its sentence is no short phrase of a
    // clause whose verb is not a cue: the word before it is no verb.
    check_all("Ferry captains “were tired. They were not paid.”", &[]);
    check_all(
        "Ferry captains “were tired and not paid” in May, Okafor said.",
        &[(
            "said",
            "Okafor",
            "Ferry captains “were tired and not paid” in May",
        )],
    );
}

#[test]
fn a_named_subject_and_its_appositive_report_nothing_by_themselves() {
    // The name before the appositive is the subject, not words it reports.
    check_all("Dana Lee, a spokeswoman for the port, said on Friday.", &[]);
    check_all("Okafor, the head of the ferry union, posted on Friday.", &[]);
    check(
        "Fares rose, Dana Lee, a spokeswoman for the port, said.",
        Some(("said", "Dana Lee, a spokeswoman for the port", "Fares rose")),
    );
    check(
        "The ferry, the pride of the port, sank, officials said.",
        Some(("said", "officials", "The ferry, the pride of the port, sank")),
    );
}

#[test]
fn a_lone_semicolon_ends_the_reported_clause() {
    check(
        "Okafor said she wanted the fare to “mean” something; she had no wish to be a cog.",
        Some(("said", "Okafor", "she wanted the fare to “mean” something")),
    );
    check(
        "The audit found the port lost money on the route; ferries ran half empty.",
        Some(("found", "The audit", "the port lost money on the route")),
    );
    // Two or more make a list of what was said, and "and" after one joins
    // the list's last item.
    check(
        "The filing shows the port paid $5,000; the union, $7,000; and the city, $9,000.",
        Some((
            "shows",
            "The filing",
            "the port paid $5,000; the union, $7,000; and the city, $9,000",
        )),
    );
    check(
        "Okafor said the ferry was late; and the crew was tired.",
        Some(("said", "Okafor", "the ferry was late; and the crew was tired")),
    );
}

#[test]
fn a_label_before_a_colon_and_a_quotation() {
    check(
        "From the report: “Samples were accurate. The rest were not.”",
        Some((":", "the report", "Samples were accurate. The rest were not.")),
    );
    check(
        "WHY POLLS MISSED - More from Dana Lee: “They ended too early.”",
        Some((":", "Dana Lee", "They ended too early.")),
    );
    check(
        "Here is Ruiz in 1992: “Our new direction must rest on work.”",
        Some((":", "Ruiz in 1992", "Our new direction must rest on work.")),
    );
    // A kicker or a phrase that names no one is no label.
    check("Update: “We are safe.”", None);
    check("The bottom line: “Vote.”", None);
}

#[test]
fn a_participle_after_the_reported_clause_is_the_writers() {
    check(
        "Lee said the plan would cost $5 million, leaving the city short.",
        Some(("said", "Lee", "the plan would cost $5 million")),
    );
    check(
        "Lee praised the mayor as a “strong leader,” comparing him favorably to his rival.",
        Some(("praised", "Lee", "the mayor as a “strong leader,”")),
    );
    check(
        "Lee said the port was a “relic of the old trade” — a view few in the city share.",
        Some(("said", "Lee", "the port was a “relic of the old trade”")),
    );
    // A day after a quotation dates the saying; a relative clause on a
    // quoted phrase and a participle with "it" gloss it.
    check(
        "Ruiz said the mayor was a “disgrace” Wednesday on the radio.",
        Some(("said", "Ruiz", "the mayor was a “disgrace”")),
    );
    check(
        "Ruiz said she backs the “public option”, which would let older workers buy in.",
        Some(("said", "Ruiz", "she backs the “public option”")),
    );
    // So does a closing relative clause on a name after the quotation; one
    // that the sentence goes on after is part of what was said.
    check(
        "Ruiz said she was “not there yet” on backing Osei, who faces a rival in May.",
        Some(("said", "Ruiz", "she was “not there yet” on backing Osei")),
    );
    check(
        "Ruiz said she was “glad” that Osei, who had refused at first, is now testifying.",
        Some((
            "said",
            "Ruiz",
            "she was “glad” that Osei, who had refused at first, is now testifying",
        )),
    );
    // After a quotation "and" with a past verb, regular or not, goes on
    // with the writer's sentence.
    check(
        "Lee called the plan a “giveaway” and made a joke about the weather.",
        Some(("called", "Lee", "the plan a “giveaway”")),
    );
    check(
        "Lee called the plan a “giveaway” and drew cheers from the crowd.",
        Some(("called", "Lee", "the plan a “giveaway”")),
    );
    check(
        "Ruiz said the immunity was only “partial,” meaning it covered none of the later charges.",
        Some(("said", "Ruiz", "the immunity was only “partial,”")),
    );
    // An adjective in -ing before its noun is part of the clause, and so is
    // "including".
    check(
        "Lee said the rulings have real, lasting impact on voters.",
        Some(("said", "Lee", "the rulings have real, lasting impact on voters")),
    );
    check(
        "Lee said the fund paid many, including the clinic.",
        Some(("said", "Lee", "the fund paid many, including the clinic")),
    );
    // After an aside that interrupts a form of "be", the participle goes
    // on with that verb.
    check(
        "Lee said the mayor is, by all accounts, courting the unions.",
        Some((
            "said",
            "Lee",
            "the mayor is, by all accounts, courting the unions",
        )),
    );
    check(
        "Lee said the mayor is popular, by all accounts, courting the unions.",
        Some(("said", "Lee", "the mayor is popular, by all accounts")),
    );
}

#[test]
fn the_antecedent_of_who_inside_a_longer_clause() {
    check(
        "Lee won by 60 points among the 30 percent of voters who said the economy was poor.",
        Some(("said", "the 30 percent of voters", "the economy was poor")),
    );
    // A clause with no phrase naming people before "who" has no antecedent.
    check("Prices rose for the week in which the port closed.", None);
}

/// The cue of the first sentence that has one the grammar found no
/// attribution around.
fn check_unclaimed(input: &str, expect: Option<&str>) {
    let rules = RuleSet::embedded();
    let analysis = analyze(input, &rules);
    let got = analysis.unclaimed_cues.first().map(|(_, cue)| cue.slice(input));
    assert_eq!(got, expect, "{input}");
}

#[test]
fn cues_no_construction_claims() {
    // A subject no source phrase describes, a cue with no content after it.
    check_unclaimed(
        "And until the closure, the night shift said they had loved the work.",
        Some("said"),
    );
    check_unclaimed("Rain had begun to fall by the time he said that.", Some("said"));
    check_unclaimed(
        "On the last day, each of them wrote about the flood.",
        Some("wrote"),
    );
    // Belief and intention are someone's thoughts too.
    check_unclaimed(
        "Hardly anyone on the council believes the vote was rigged.",
        Some("believes"),
    );
    // A participle reports words only before its clause.
    check_unclaimed(
        "Police got 911 calls saying shots had been fired.",
        Some("saying"),
    );
    check_unclaimed("The band played on, saying nothing.", None);
    // Not a verb: a noun form, a capital, a number before it.
    check_unclaimed("Other challenges remain for the port.", None);
    check_unclaimed("It was the lead story of the Post on Sunday.", None);
    check_unclaimed("Thirty states voted early.", None);
    // A bare form is an infinitive unless a plural subject comes before it.
    check_unclaimed("The tools help better inform their readers.", None);
    check_unclaimed(
        "Hardly any of the traders say much about the new rules.",
        Some("say"),
    );
    // Verbs that report a quotation or a clause only, and smiles and
    // questions, report nothing without one.
    check_unclaimed("Mr. Lee spoke at the memorial in the afternoon.", None);
    check_unclaimed("Hiring continues to grow in the north.", None);
    // With nothing but an adverbial after it, people must be the subject.
    check_unclaimed("The fighting continues.", None);
    check_unclaimed("The fighting continued into the night.", None);
    check_unclaimed("The mayor disagreed on Friday.", Some("disagreed"));
    check_unclaimed("Most residents disagreed.", Some("disagreed"));
    check_unclaimed("The mayor smiled at the crowd.", None);
    check_unclaimed("He asked for more time.", None);
    // A sentence with an attribution has no unclaimed cue.
    check_unclaimed("The mayor said the dam will hold.", None);
    // An appositive may close on a comma before the cue; a participle with
    // its agent describes the subject instead.
    check_unclaimed("Ana Ruiz, a captain at the port, disagreed.", Some("disagreed"));
    check_unclaimed("The bill, opposed by House leaders, never became law.", None);
}

/// The speaker of a cue no construction claims is met all the same, so a
/// later pronoun means them, not the source quoted before.
#[test]
fn the_speaker_of_an_unclaimed_cue_is_met() {
    let rules = RuleSet::embedded();
    let input = "Chief Marcus Webb said the stations would close.\n\n\
                 Capt. Rosa Delgado, who runs the north station, disagreed.\n\n\
                 She said response times would rise.";
    let analysis = analyze(input, &rules);
    let sources: Vec<&str> = analysis
        .attributions
        .iter()
        .filter_map(|a| a.source())
        .map(|s| analysis.sources[s].intro.slice(input))
        .collect();
    assert_eq!(
        sources,
        [
            "Chief Marcus Webb",
            "Capt. Rosa Delgado, who runs the north station"
        ]
    );
}

#[test]
fn a_quotation_vouches_for_the_clause_subject_of_a_participle() {
    // The head noun is not one the lexicon knows for people, but the
    // quotation after the participle shows that the subject speaks.
    check_all(
        "The prince attacked the nominee, calling him “a disgrace to the party.”",
        &[("calling", "The prince", "him “a disgrace to the party.”")],
    );
    check_all(
        "A stranger walked into the hall, shouting that the vote was “rigged.”",
        &[("shouting", "A stranger", "the vote was “rigged.”")],
    );
    // Without a quotation the subject still has to name people, and a bare
    // plural of time is no one.
    check_all(
        "Democrats attacked the plan, saying it was “a farce.”",
        &[("saying", "Democrats", "it was “a farce.”")],
    );
    check_all("The prince attacked the nominee, calling him a disgrace.", &[]);
    check_all("Hours later the crowd gathered, chanting “no more.”", &[]);
}

#[test]
fn after_a_quotation_a_clause_or_summing_up_of_the_writers_ends_the_content() {
    check_all(
        "The mayor has called the tax “unfair,” and her office has drafted a repeal.",
        &[("called", "The mayor", "the tax “unfair,”")],
    );
    check_all(
        "Lee called the budget “a fantasy,” a charge the treasurer rejected on Monday.",
        &[("called", "Lee", "the budget “a fantasy,”")],
    );
    check_all(
        "The mayor vowed to end “ghost permits,” many in the hall cheered his promise.",
        &[("vowed", "The mayor", "to end “ghost permits,”")],
    );
    check_all(
        "Critics attacked the rule known as the “lookback,” in which a lender can reopen old loans.",
        &[("attacked", "Critics", "the rule known as the “lookback,”")],
    );
    // A relative clause with a quotation of its own goes on with what was
    // said.
    check_all(
        "Lee alleged that the clerks “ignored the rules,” which brought on “a tide of blunders” at the booths.",
        &[(
            "alleged",
            "Lee",
            "the clerks “ignored the rules,” which brought on “a tide of blunders” at the booths",
        )],
    );
    check_all(
        "The senator said she was “heartened” by the deal — a rare note of praise.",
        &[("said", "The senator", "she was “heartened” by the deal")],
    );
    // After a dash it sums up a clause with no quotation too; a comma
    // there may set off the clause's own object.
    check_all(
        "The council backed the levy — a move that angered the crews.",
        &[("backed", "The council", "the levy")],
    );
    check_all(
        "The council backed the levy - an idea first floated in May.",
        &[("backed", "The council", "the levy")],
    );
    check_all(
        "Lee said the crews had won, a victory few expected.",
        &[("said", "Lee", "the crews had won, a victory few expected")],
    );
    // The summing-up may end on a participle of the writer's.
    check_all(
        "Lee said the tally was “cooked” from the start, an accusation the clerks denied, noting the audit.",
        &[("said", "Lee", "the tally was “cooked” from the start")],
    );
    // A comparison of the writer's, its verb before its subject.
    check_all(
        "Lee said that Ruiz has “set herself apart” on the fuel rule, as have her rivals.",
        &[("said", "Lee", "Ruiz has “set herself apart” on the fuel rule")],
    );
    // A second clause with a quotation of its own goes on with what was said,
    // and without a quotation before it a clause after a comma is left alone.
    check_all(
        "Lee said the plan was “a start,” and voters would “see results soon.”",
        &[(
            "said",
            "Lee",
            "the plan was “a start,” and voters would “see results soon.”",
        )],
    );
    check_all(
        "Lee said the plan was a start, and voters have waited long enough.",
        &[(
            "said",
            "Lee",
            "the plan was a start, and voters have waited long enough",
        )],
    );
}

#[test]
fn adverbs_between_the_auxiliary_and_the_cue() {
    check(
        "The senator has long said that she will back the nominee.",
        Some(("said", "The senator", "she will back the nominee")),
    );
    check(
        "The union has since said the strike will go on.",
        Some(("said", "The union", "the strike will go on")),
    );
}

#[test]
fn a_sentence_in_brackets_and_a_quoted_name_inside_a_clause() {
    check(
        "(On Monday the mayor said she would “seriously weigh” a veto.)",
        Some(("said", "the mayor", "she would “seriously weigh” a veto")),
    );
    // A quotation closing with no punctuation of its own inside a clause
    // that goes on to a comma is a name in that clause, not a speech.
    check(
        "The “Fair Fares” coalition plans to picket the meeting, the newspaper reports.",
        Some((
            "reports",
            "the newspaper",
            "The “Fair Fares” coalition plans to picket the meeting",
        )),
    );
    check(
        "“We will win” the mayor said.",
        Some(("said", "the mayor", "We will win")),
    );
}

#[test]
fn an_adverbial_between_a_participle_and_its_quotation_is_skipped() {
    check(
        "Lee attacked the plan, saying, during the debate, “It will sink the port.”",
        Some(("saying", "Lee", "It will sink the port.")),
    );
    // A colon, a time or a place may part the participle from what it
    // reports; a reported clause opens after them without "that".
    check(
        "Lee left early, saying in a statement: “We are done.”",
        Some(("saying", "Lee", "We are done.")),
    );
    check(
        "Lee left early, saying on Monday the port was “closed.”",
        Some(("saying", "Lee", "the port was “closed.”")),
    );
    check(
        "The surgeon spoke again, remarking from Boston he did not think “this is a hard case.”",
        Some((
            "remarking",
            "The surgeon",
            "he did not think “this is a hard case.”",
        )),
    );
    // So may a relative clause's cue.
    check(
        "Lee, who said on Monday the port was closed, left early.",
        Some(("said", "Lee", "the port was closed")),
    );
}

#[test]
fn absolute_phrases_give_a_participle_its_own_subject() {
    check_all(
        "Council members balked, with Sen. Dana Ruiz calling the plan “a wish list.”",
        &[("calling", "Sen. Dana Ruiz", "the plan “a wish list.”")],
    );
    check_all(
        "The two met on Friday – Lee saying he was “quite hopeful” and Kim calling it a “good start.”",
        &[
            ("saying", "Lee", "he was “quite hopeful”"),
            ("calling", "Kim", "it a “good start.”"),
        ],
    );
    // The subject may open on a number or another lower-case word.
    check_all(
        "His standing rose, with at least 30 percent of growers saying they trust him.",
        &[("saying", "at least 30 percent of growers", "they trust him")],
    );
    check_all(
        "The race tightened, with two fresh surveys showing a tie.",
        &[("showing", "two fresh surveys", "a tie")],
    );
    // "with" and a thing that does not speak is no absolute speaker, and
    // neither is a phrase that is no noun phrase.
    check_all("Prices rose, with food leading the increase.", &[]);
    // It still reads as a participle on the noun before it: the clip
    // shows Lee saying so.
    check_all(
        "The ad closes – in a clip of Lee saying the port is safe.",
        &[("saying", "Lee", "the port is safe")],
    );
    check_all(
        "The mayor likened the crews to “soldiers.”",
        &[("likened", "The mayor", "the crews to “soldiers.”")],
    );
}

#[test]
fn a_quotation_inside_an_introductory_phrase_is_not_the_speech() {
    check_all(
        "In an interview on “Face the Nation,” the governor said the levee would hold.",
        &[("said", "the governor", "the levee would hold")],
    );
    check_all(
        "Speaking on “Face the Nation,” the governor said the levee would hold.",
        &[("said", "the governor", "the levee would hold")],
    );
    // An exclamation inside the quotation does not end the sentence the
    // phrase opened.
    check_all(
        "Walking in to chants of “Lee! Lee!,” the governor said the levee would hold.",
        &[("said", "the governor", "the levee would hold")],
    );
    // The phrase may open with its day.
    check_all(
        "Sunday on the network’s “Harbor Hour,” the governor said the levee would hold.",
        &[("said", "the governor", "the levee would hold")],
    );
    // The same phrase set off between the subject and its verb.
    check_all(
        "The governor, appearing on “Face the Nation,” said the levee would hold.",
        &[("said", "The governor", "the levee would hold")],
    );
    // With nothing reported after the cue, the quotation is the speech,
    // and it finishes the sentence the phrase began.
    check_all(
        "In the end, “we will hold,” the governor said.",
        &[("said", "the governor", "In the end, “we will hold,”")],
    );
}

#[test]
fn a_programme_title_before_that_belongs_to_the_telling() {
    check_all(
        "The senator said on CBS’s “Face the Nation” that the levee would hold.",
        &[("said", "The senator", "the levee would hold")],
    );
    check_all(
        "The senator told “Face the Nation” that the levee would hold.",
        &[("told", "The senator", "the levee would hold")],
    );
    check_all(
        "The senator told the “Today” show on Monday that the levee would hold.",
        &[("told", "The senator", "the levee would hold")],
    );
    check_all(
        "The senator went on the attack, stating on “Face the Nation” that the levee was “doomed.”",
        &[("stating", "The senator", "the levee was “doomed.”")],
    );
    // A title in the tail after the speaker, the full stop inside its
    // closing mark; after a comma the quotation is what was said.
    check_all(
        "He spoke. The levee will hold, the senator said Sunday on the network’s “Harbor Hour.”",
        &[("said", "the senator", "The levee will hold")],
    );
    check_all(
        "He spoke. The levee will hold, the senator said on Sunday, “Come and see.”",
        &[("said", "the senator", "Come and see.")],
    );
}

#[test]
fn a_second_verb_after_but_with_its_auxiliary() {
    check_all(
        "The mayor praised the crews but has said that the city cannot pay.",
        &[
            ("praised", "The mayor", "the crews"),
            ("said", "The mayor", "the city cannot pay"),
        ],
    );
    check_all(
        "The mayor praised the crews, but said that the city cannot pay.",
        &[
            ("praised", "The mayor", "the crews"),
            ("said", "The mayor", "the city cannot pay"),
        ],
    );
    check_all(
        "Engineers have checked the dam, but have speculated that the spillway could fail.",
        &[("speculated", "Engineers", "the spillway could fail")],
    );
}

#[test]
fn the_writers_clause_a_quotation_finishes() {
    // The quotation opens in lower case right after a word: it finishes the
    // writer's clause, and the clause is what the speaker said.
    check(
        "The ferry schedule is “a mess from top to bottom,” Okafor said.",
        Some((
            "said",
            "Okafor",
            "The ferry schedule is “a mess from top to bottom,”",
        )),
    );
    check(
        "The new rota may be “hard on the night crews,” said Dana Whitfield, a nurse.",
        Some((
            "said",
            "Dana Whitfield",
            "The new rota may be “hard on the night crews,”",
        )),
    );
    // A determiner makes the cue form before the quotation a noun.
    check(
        "The mayor's remarks on the budget were “careless,” Okafor said.",
        Some((
            "said",
            "Okafor",
            "The mayor's remarks on the budget were “careless,”",
        )),
    );
    // After a comma the quotation finishes the sentence the writer began;
    // one word before the comma is an aside.
    check(
        "With the vote a week away, “we are ready,” she said.",
        Some(("said", "she", "With the vote a week away, “we are ready,”")),
    );
    check(
        "The levy, passed in 2019 over the mayor's veto, “has paid for itself,” Okafor said.",
        Some((
            "said",
            "Okafor",
            "The levy, passed in 2019 over the mayor's veto, “has paid for itself,”",
        )),
    );
    check(
        "Still, “we are ready,” she said.",
        Some(("said", "she", "we are ready,")),
    );
    // A quotation opening in capitals stands on its own.
    check(
        "On the ferry “Nobody checks tickets,” she said.",
        Some(("said", "she", "Nobody checks tickets,")),
    );
    // A cue in the lead-in is an attribution of its own.
    check_all(
        "The mayor promised to “fix the roads first,” Okafor said.",
        &[
            ("promised", "The mayor", "to “fix the roads first,”"),
            ("said", "Okafor", "fix the roads first,"),
        ],
    );
    // When the cue is in a first clause, the quotation finishes the clause
    // joined to it.
    check_all(
        "Crews were asked to vote on the shifts, and the night rota now looks “far too thin,” Okafor said.",
        &[
            ("asked", "", "to vote on the shifts"),
            ("said", "Okafor", "the night rota now looks “far too thin,”"),
        ],
    );
    check_all(
        "Crews were asked to vote on the shifts, and the rota “slips,” Okafor said.",
        &[
            ("asked", "", "to vote on the shifts"),
            ("said", "Okafor", "the rota “slips,”"),
        ],
    );
    check_all(
        "Crews were asked to vote on the shifts, and Lee “never sleeps,” Okafor said.",
        &[
            ("asked", "", "to vote on the shifts"),
            ("said", "Okafor", "Lee “never sleeps,”"),
        ],
    );
    // A cue in the joined clause reports that clause's words itself.
    check_all(
        "Crews were asked to vote on the shifts, and the mayor promised to “fix the roads,” Okafor said.",
        &[
            ("asked", "", "to vote on the shifts"),
            ("promised", "the mayor", "to “fix the roads,”"),
            ("said", "Okafor", "fix the roads,"),
        ],
    );
    // A bare form, and a form that is also a noun after no pronoun or
    // auxiliary, belong to the clause the quotation finishes.
    check_all(
        "They want to “fix the roads first,” Okafor said.",
        &[("said", "Okafor", "They want to “fix the roads first,”")],
    );
    check_all(
        "Voters cannot say that “the port is safe,” Okafor added.",
        &[("added", "Okafor", "Voters cannot say that “the port is safe,”")],
    );
    check_all(
        "The fresh estimates “can't be right,” Okafor said.",
        &[("said", "Okafor", "The fresh estimates “can't be right,”")],
    );
    // The writer's clause is the speaker's whatever follows the tag: a
    // quotation that goes on after it, in the next sentence or in this one,
    // joins the claim later (`link::claims`), and one with a tag of its own
    // or with the writer's words before it is a new attribution.
    for input in [
        "The ferry schedule is “a mess,” Okafor said. “Nobody knows when it leaves.”",
        "The ferry schedule is “a mess,” Okafor said, and “nobody knows when it leaves.”",
        "The ferry schedule is “a mess,” Okafor said. “We have asked for buses,” she added.",
        "The ferry schedule is “a mess,” Okafor said. She added that the council “has no answer.”",
        "The ferry schedule is “a mess,” Okafor said. The council replied: “Buses are coming.”",
    ] {
        check(input, Some(("said", "Okafor", "The ferry schedule is “a mess,”")));
    }
    // In the same sentence, a second cue after the tag opens an attribution
    // of its own too.
    check_all(
        "The ferry schedule is “a mess,” Okafor said, adding that the only fix “is more boats.”",
        &[
            ("said", "Okafor", "The ferry schedule is “a mess,”"),
            ("adding", "Okafor", "the only fix “is more boats.”"),
        ],
    );
}

#[test]
fn a_manner_adverb_before_the_cue() {
    check(
        "He openly said that the council had lost its nerve.",
        Some(("said", "He", "the council had lost its nerve")),
    );
    check(
        "Lee angrily told reporters the vote was rigged.",
        Some(("told", "Lee", "the vote was rigged")),
    );
    // "only" is the one adverb in -ly as short as four letters.
    check(
        "The hour was so late that a ferry clerk could only shrug: “We sail at dawn.”",
        Some(("shrug", "a ferry clerk", "We sail at dawn.")),
    );
    // After a determiner a word in -ly is a noun.
    check(
        "Her family said the boy was safe.",
        Some(("said", "Her family", "the boy was safe")),
    );
}

#[test]
fn a_clause_shaped_cue_inside_the_clause_it_reports() {
    // "noted" and "added" report a clause; one around them is one.
    check(
        "The delay, he noted, comes from the builders.",
        Some(("noted", "he", "The delay, he noted, comes from the builders")),
    );
    // The verb after the tag may itself be a cue form.
    check(
        "Her cousin, she says, plans to sell the boat in spring.",
        Some((
            "says",
            "she",
            "Her cousin, she says, plans to sell the boat in spring",
        )),
    );
    check(
        "Unless the town finds money, Lee added, the ferry could stop.",
        Some((
            "added",
            "Lee",
            "Unless the town finds money, Lee added, the ferry could stop",
        )),
    );
    // Their object is still no content.
    check("At the hearing he noted the delay.", None);
}

#[test]
fn a_view_given_as_someones_with_to() {
    check(
        "To Ruiz, the vote was a warning.",
        Some(("To", "Ruiz", "the vote was a warning")),
    );
    check(
        "But to many voters, the ferry is a lifeline.",
        Some(("to", "many voters", "the ferry is a lifeline")),
    );
    // An appositive or a relative clause on the phrase comes before the
    // comma the view follows.
    check(
        "To Ana Ruiz, a historian, the port seemed doomed.",
        Some(("To", "Ana Ruiz, a historian", "the port seemed doomed")),
    );
    check(
        "To Lee, who has studied ports for years, the vote was a turning point.",
        Some((
            "To",
            "Lee, who has studied ports for years",
            "the vote was a turning point",
        )),
    );
    // A purpose, a time or a place, and a phrase with no clause after it,
    // are no view.
    check("To stop Lee, the party is working hard.", None);
    check("To date, the port has lost money.", None);
    check("To some extent, the port is open.", None);
    check("To the contrary, the fees fell.", None);
    check("To my surprise, the ferry was late.", None);
    check("To the north, the river floods every spring.", None);
    check("To Ruiz, a letter of thanks.", None);
}

#[test]
fn an_adverb_of_manner_before_an_introduced_quotation() {
    check(
        "Ruiz replied sharply: “If the port closes, the town will regret it.”",
        Some(("replied", "Ruiz", "If the port closes, the town will regret it.")),
    );
    check(
        "At the hearing, Lee answered calmly, “They will fall.”",
        Some(("answered", "Lee", "They will fall.")),
    );
}

#[test]
fn a_title_in_the_speakers_phrase() {
    // A title an "of" phrase takes belongs to the speaker's phrase after an
    // inverted cue; a comma typed inside its closing mark ends the phrase.
    check(
        "“We have to win them back,” said the editors of the “Harbor Report,” citing the vote.",
        Some((
            "said",
            "the editors of the “Harbor Report,”",
            "We have to win them back,",
        )),
    );
    // A time after the title is the tag's, not the speaker's.
    check(
        "“The port will close,” said the host of “Harbor Hour” on Tuesday.",
        Some(("said", "the host of “Harbor Hour”", "The port will close,")),
    );
    // "As" and a name with an appositive: the name and its description
    // speak, not the description alone.
    check(
        "As Ana Ruiz, a historian, put it, “ports are towns.”",
        Some(("put it", "Ana Ruiz, a historian", "ports are towns.")),
    );
    check(
        "As Ana Ruiz, author of “Quiet Harbors,” said, “ports are towns.”",
        Some(("said", "Ana Ruiz, author of “Quiet Harbors,”", "ports are towns.")),
    );
    // "As" and a role before a comma open an introductory phrase.
    check(
        "As mayor, Ruiz said the port would close.",
        Some(("said", "Ruiz", "the port would close")),
    );
}

#[test]
fn a_relative_word_as_the_subject_after_the_cue_takes_any_finite_verb() {
    // After "that" or a wh-word and the cue, a past form or a present form
    // in -s is the verb whose subject the relative word is.
    check(
        "Crews missed a deadline that dock workers said went unnoticed.",
        Some(("said", "dock workers", "that dock workers said went unnoticed")),
    );
    check(
        "The board cut fares, a move that the mayor said helped commuters.",
        Some(("said", "the mayor", "that the mayor said helped commuters")),
    );
    check(
        "They kept the old tariff, which shippers say favors large ports.",
        Some(("say", "shippers", "which shippers say favors large ports")),
    );
    // A plural noun before "to" is the cue's object, not the clause's verb,
    // and the relative word is that object's, which reports nothing.
    check("Hers is a cause that she urged farmers to join.", None);
    // After a verb "that" opens the reported clause, not a relative one:
    // its subject is no speaker of a second cue.
    check_all(
        "The union noted that both owners were referring to studies of pay.",
        &[(
            "noted",
            "The union",
            "both owners were referring to studies of pay",
        )],
    );
}

#[test]
fn a_passive_goes_on_after_a_speech_tag_with_its_agent() {
    check(
        "The appeal would be helped, Ruiz said, by the new court calendar.",
        Some((
            "said",
            "Ruiz",
            "The appeal would be helped, Ruiz said, by the new court calendar",
        )),
    );
    // After an active verb "by" is the writer's ("said by phone").
    check(
        "The ferry stopped, Ruiz said, by late evening.",
        Some(("said", "Ruiz", "The ferry stopped")),
    );
}

/// The source phrases of every attribution found in `input`.
fn speakers(input: &str) -> Vec<&str> {
    analyze(input, &RuleSet::embedded())
        .attributions
        .iter()
        .filter_map(|a| a.mention.as_ref().map(|m| m.span.slice(input)))
        .collect()
}

/// The contents of every attribution found in `input`.
fn contents(input: &str) -> Vec<&str> {
    analyze(input, &RuleSet::embedded())
        .attributions
        .iter()
        .map(|a| a.content.slice(input))
        .collect()
}

#[test]
fn a_relative_clause_with_no_relative_word() {
    // After the noun it hangs on, a cue whose clause has no subject of its
    // own reports that clause: the claim runs from the noun's determiner.
    check(
        "The council approved a levy officials say will raise $2 million.",
        Some(("say", "officials", "a levy officials say will raise $2 million")),
    );
    check(
        "It was a decision they say allowed the fraud to spread.",
        Some(("say", "they", "a decision they say allowed the fraud to spread")),
    );
    check(
        "Police opened a probe the agency said was still under way.",
        Some((
            "said",
            "the agency",
            "a probe the agency said was still under way",
        )),
    );
    check(
        "It was a tactic Ruiz said could win the county.",
        Some(("said", "Ruiz", "a tactic Ruiz said could win the county")),
    );
    // The noun may carry a phrase of its own, but the subject follows a
    // noun, never a preposition.
    check(
        "Lee put the port on a list of countries he said had sent spies.",
        Some(("said", "he", "a list of countries he said had sent spies")),
    );
    let input =
        "Crews still face the hurdle of the House, which even the most loyal Democrats doubt will flip.";
    assert!(speakers(input).iter().all(|s| !s.contains("House")), "{input}");
    // Set off by commas, it ends at its closing comma.
    check(
        "The ferry, a vessel the mayor said had been seized twice, sailed on.",
        Some((
            "said",
            "the mayor",
            "a vessel the mayor said had been seized twice",
        )),
    );
    // A clause with a subject of its own is the cue's ordinary content, and
    // a verb that takes only an object reports no clause.
    let input = "It was a plan aides say the mayor wrote.";
    assert!(
        contents(input).iter().all(|c| !c.starts_with("a plan")),
        "{input}"
    );
    check_all(
        "Lee said that the only thing the voters would support is a cap on fares.",
        &[(
            "said",
            "Lee",
            "the only thing the voters would support is a cap on fares",
        )],
    );
    // A present form in -s may be a plural noun that opens a clause, and a
    // past form after "feel" is an adjective.
    for input in [
        "Fares fell in the year analysts say costs rose.",
        "It is the reason he felt ignored by the board.",
    ] {
        assert!(contents(input).iter().all(|c| !c.starts_with("the")), "{input}");
    }
    // A past cue form is a verb, never the noun; and the subject must be a
    // speaker, not the last word of a compound ("the chemical weapons
    // report will …").
    check_all(
        "Lee was a planner - a former aide said she demanded detailed notes.",
        &[("said", "a former aide", "she demanded detailed notes")],
    );
    check(
        "No one knows how the chemical weapons report will change the talks.",
        None,
    );
    let input = "Lee fought back -- meddling the Ohio senator said is designed to sow discord.";
    assert!(!speakers(input).contains(&"senator"), "{input}");
    // On the sentence's subject it would run on over the main verb.
    let input = "The levy they say will rise passed on Monday.";
    assert!(contents(input).iter().all(|c| !c.contains("passed")), "{input}");
}

#[test]
fn a_wh_word_as_the_subject_of_the_reported_clause() {
    check(
        "The fee, which organizers say will rise next year, is paid in May.",
        Some(("say", "organizers", "which organizers say will rise next year")),
    );
    // A relative clause that a comma closes before the cue describes the
    // speaker, even when its words could name someone.
    check(
        "Ana Ruiz, who managed Dana Lee's campaign, said the race was close.",
        Some((
            "said",
            "Ana Ruiz, who managed Dana Lee's campaign",
            "the race was close",
        )),
    );
    // The speaker is the relative clause's subject, never the phrase the
    // clause describes.
    check(
        "The fare rises, which port officials said would start in May, spare the ferries.",
        Some((
            "said",
            "port officials",
            "which port officials said would start in May",
        )),
    );
    check_all(
        "She criticized what she said were unfair fines.",
        &[
            ("criticized", "She", "what she said were unfair fines"),
            ("said", "she", "what she said were unfair fines"),
        ],
    );
    // The wh-word as the object is a gap no content fills, and a relative
    // clause with a subject of its own describes no source.
    check(
        "The sanctions, which the mayor proposed in May, were lifted.",
        None,
    );
    check("The sanctions, which the mayor proposed, were lifted.", None);
    check(
        "The campaign, which the mayor runs, said the vote was close.",
        Some(("said", "The campaign, which the mayor runs", "the vote was close")),
    );
}

#[test]
fn a_place_and_its_state_in_the_introductory_phrase() {
    check(
        "In Millbrook, Ore., officials say the wells have run dry.",
        Some(("say", "officials", "the wells have run dry")),
    );
    // A name with an appositive of its own after the place is the subject.
    check(
        "In Boston, Lee, a nurse, said the ward was full.",
        Some(("said", "Lee, a nurse", "the ward was full")),
    );
}

#[test]
fn listeners_asides_and_names_around_the_cue() {
    // The words between "told" and a pronoun that can only be a subject
    // are the listener.
    check(
        "Lee told host Dana Cole she thought the mayor would resign.",
        Some(("told", "Lee", "she thought the mayor would resign")),
    );
    // "As SOURCE noted," sets the attribution before the clause it reports.
    check(
        "The port was closed. As the mayor noted, the port will reopen in May.",
        Some(("noted", "the mayor", "the port will reopen in May")),
    );
    // A sentence adverb before the subject is no part of it.
    check(
        "The port was closed. Rather, officials say she backs the plan.",
        Some(("say", "officials", "she backs the plan")),
    );
    // In running text a capitalised cue form after a capitalised word is a
    // name, not a verb.
    check(
        "The port was closed. Even in the United States, where miners have little power, coal made the news.",
        None,
    );
}

#[test]
fn a_sentence_adverb_between_the_subject_and_its_verb() {
    check(
        "He spoke. Others, however, say the fee is too low.",
        Some(("say", "Others", "the fee is too low")),
    );
    check(
        "He spoke. Harbor Board Chairman Will Okafor, for example, said the dredging would help.",
        Some((
            "said",
            "Harbor Board Chairman Will Okafor",
            "the dredging would help",
        )),
    );
    // So is a short adverbial of time, place or occasion, but a name after
    // its preposition places the subject.
    check(
        "He spoke. She, in a rare interview, said the dredging would help.",
        Some(("said", "She", "the dredging would help")),
    );
    check(
        "He spoke. Okafor, once again, said the dredging would help.",
        Some(("said", "Okafor", "the dredging would help")),
    );
    check(
        "He spoke. Ana Ruiz, at Harbor Bank, said the dredging would help.",
        Some(("said", "Ana Ruiz, at Harbor Bank", "the dredging would help")),
    );
    // A name may hold a word that is elsewhere a modal.
    check(
        "He spoke. Harbor Board Chairman Will Okafor said the dredging would help.",
        Some((
            "said",
            "Harbor Board Chairman Will Okafor",
            "the dredging would help",
        )),
    );
    // "those" and a participle name the people it was done to.
    check(
        "He spoke. By a wide margin, those surveyed said the ferry should keep running.",
        Some(("said", "those surveyed", "the ferry should keep running")),
    );
    // So does a noun and a participle of asking.
    check(
        "The riders polled said the ferry should keep running.",
        Some(("said", "The riders polled", "the ferry should keep running")),
    );
    // Everyone asked save a count is a bare count, which may open a second
    // clause and end the first.
    check_all(
        "Most riders back the fare, and all but two said the ferry should keep running.",
        &[
            ("back", "Most riders", "the fare"),
            ("said", "all but two", "the ferry should keep running"),
        ],
    );
    // "Half" takes a determiner with no "of", and a bound may lead it.
    check(
        "More than half the riders said the ferry should keep running.",
        Some((
            "said",
            "More than half the riders",
            "the ferry should keep running",
        )),
    );
    // A name may qualify the listener's noun.
    check(
        "He spoke. The plan includes a rescue team, Lee told a Senate panel.",
        Some(("told", "Lee", "The plan includes a rescue team")),
    );
}

#[test]
fn a_title_in_the_source_s_appositive() {
    check(
        "He spoke. Lee, the author of “Quiet Harbors,” said the days of one story are gone.",
        Some((
            "said",
            "Lee, the author of “Quiet Harbors,”",
            "the days of one story are gone",
        )),
    );
    check(
        "He spoke. Lee, the author of “Quiet Harbors,” about the spread of news, said the days are gone.",
        Some((
            "said",
            "Lee, the author of “Quiet Harbors,” about the spread of news",
            "the days are gone",
        )),
    );
    // A relative clause after the title's comma describes the source too,
    // even with a cue form in it.
    check(
        "He spoke. Lee, a host on “Quiet Harbors,” who went on to run the studio, said the days are gone.",
        Some((
            "said",
            "Lee, a host on “Quiet Harbors,” who went on to run the studio",
            "the days are gone",
        )),
    );
}

#[test]
fn nouns_and_hypotheticals_that_look_like_cues() {
    // A number above one takes the plural verb: an -s form after it is a noun.
    check(
        "He spoke. Her weak results in the four states that voted in March left the campaign broke.",
        None,
    );
    check(
        "He spoke. Appearing at a fair, the banker took several questions from the audience.",
        None,
    );
    check(
        "He spoke. Two police reports from the night of the fire were lost.",
        None,
    );
    check(
        "He spoke. Five states reported delays.",
        Some(("reported", "Five states", "delays")),
    );
    // A finding after a modal is hypothetical, a negated one too; after
    // "does not" it is reported.
    check("He spoke. Many voters would find it hard to forget.", None);
    check("He spoke. The club couldn't find a new coach.", None);
    check(
        "He spoke. The filing does not indicate whether the driver was charged.",
        Some(("indicate", "The filing", "whether the driver was charged")),
    );
    // A comma after the cue sets the clause apart only after an aside's subject.
    check(
        "He spoke. Clerks can still be fired, and as Lee noted, some could lose pensions.",
        Some(("noted", "Lee", "some could lose pensions")),
    );
    check(
        "He spoke. In one sense, the sisters noted, Lee might enjoy the fuss.",
        Some(("noted", "the sisters", "Lee might enjoy the fuss")),
    );
}

#[test]
fn noun_compounds_that_begin_with_a_cue_form() {
    check(
        "He spoke. Lee, a talk show host, said the vote was rigged.",
        Some(("said", "Lee, a talk show host", "the vote was rigged")),
    );
}

#[test]
fn a_modal_that_is_a_given_name() {
    check(
        "He spoke. “It is a costly model,” said Will Okafor, a professor.",
        Some(("said", "Will Okafor", "It is a costly model,")),
    );
    // A clause opener before a name is no part of it.
    check(
        "He spoke. As Lee noted, the port will reopen.",
        Some(("noted", "Lee", "the port will reopen")),
    );
}

#[test]
fn a_surname_that_is_a_cue_verb() {
    // Mid-sentence, a capitalised form of a cue verb is a name.
    check(
        "He spoke. “The ferry is late,” Read said.",
        Some(("said", "Read", "The ferry is late,")),
    );
    check(
        "He spoke. Harbor master Ann Read said the ferry is late.",
        Some(("said", "Harbor master Ann Read", "the ferry is late")),
    );
    check(
        "He spoke. The ferry is late, Tom Tell said.",
        Some(("said", "Tom Tell", "The ferry is late")),
    );
    check(
        "He spoke. The ferry is late, Read said.",
        Some(("said", "Read", "The ferry is late")),
    );
    check(
        "He spoke. Harbor master Read said the ferry is late.",
        Some(("said", "Harbor master Read", "the ferry is late")),
    );
    // Opening the sentence, the form is the verb.
    check(
        "He spoke. Read the letter, the mayor said.",
        Some(("said", "the mayor", "Read the letter")),
    );
}

#[test]
fn an_adverb_before_a_participle_cue() {
    check_all(
        "He spoke. Lee praised the crews, later saying the port would reopen.",
        &[
            ("praised", "Lee", "the crews"),
            ("saying", "Lee", "the port would reopen"),
        ],
    );
    check(
        "He spoke. Lee has grumbled about the schedule, recently telling a neighbor that she dreads “the long nights.”",
        Some(("telling", "Lee", "she dreads “the long nights.”")),
    );
}

#[test]
fn that_as_the_subject_of_the_reported_clause() {
    check(
        "He spoke. The firm ran a charity that prosecutors said was a front.",
        Some(("said", "prosecutors", "that prosecutors said was a front")),
    );
    // A complementizer's clause with a cue of its own stays inside the
    // content of the first cue.
    check_all(
        "He spoke. He said that officials told him the plan failed.",
        &[("said", "He", "officials told him the plan failed")],
    );
}

#[test]
fn an_aside_in_dashes_and_examples_after_the_subject() {
    check(
        "He spoke. Officials — including the agency director — have long argued that the data are wrong.",
        Some(("argued", "Officials", "the data are wrong")),
    );
    // Spaced hyphens typed for dashes; the relative clause between them
    // ends at the second.
    check_all(
        "The mayor - who once vowed to “shut the port down” - said on Monday that it would stay open.",
        &[
            ("vowed", "The mayor", "to “shut the port down”"),
            ("said", "The mayor", "it would stay open"),
        ],
    );
    check(
        "He spoke. Critics like Alvarez say it would help the mayor.",
        Some(("say", "Critics like Alvarez", "it would help the mayor")),
    );
}

#[test]
fn a_clause_after_a_dash_names_its_own_speaker() {
    // The speaker is the subject after the dash, not a run from the start
    // of the sentence; a spaced hyphen stands for the dash.
    check(
        "The vote drew her anger - he called the plan “a sham.”",
        Some(("called", "he", "the plan “a sham.”")),
    );
    check(
        "Turnout fell again – officials said the rain kept voters home.",
        Some(("said", "officials", "the rain kept voters home")),
    );
    check(
        "Turnout fell again - she said the rain kept voters home.",
        Some(("said", "she", "the rain kept voters home")),
    );
    // A hyphen inside a word opens nothing.
    check(
        "The long-time mayor said the rain kept voters home.",
        Some(("said", "The long-time mayor", "the rain kept voters home")),
    );
}

#[test]
fn a_relative_clause_with_a_quotation_describes_the_source() {
    check_all(
        "The mayor, who once called the port “a relic,” said it would stay open.",
        &[
            (
                "called",
                "The mayor, who once called the port “a relic,”",
                "the port “a relic,”",
            ),
            (
                "said",
                "The mayor, who once called the port “a relic,”",
                "it would stay open",
            ),
        ],
    );
    // The clause ends on its comma: the verb after it is the subject's.
    check_all(
        "Okafor, who calls the plan a “daydream,” said the vote would fail.",
        &[
            (
                "calls",
                "Okafor, who calls the plan a “daydream,”",
                "the plan a “daydream,”",
            ),
            (
                "said",
                "Okafor, who calls the plan a “daydream,”",
                "the vote would fail",
            ),
        ],
    );
    // A relative word is no verb of a partial quotation.
    check_all(
        "Okafor, who runs the “Night Owls” patrol, has moved to the harbor office.",
        &[],
    );
    // A short adverbial before "that" in a relative clause.
    check_all(
        "Lee, who said on “Harbor Hour” that the ferry would stop, has since changed course.",
        &[("said", "Lee", "the ferry would stop")],
    );
}

#[test]
fn a_fronted_subordinate_clause_ends_at_the_main_clause() {
    check_all(
        "Although officials said the port would reopen, ships stayed away.",
        &[("said", "officials", "the port would reopen")],
    );
    check_all(
        "While most residents said the council has “done its job,” the mayor is the one they trust.",
        &[("said", "most residents", "the council has “done its job,”")],
    );
    check_all(
        "If officials say the levy is legal, the council will vote.",
        &[("say", "officials", "the levy is legal")],
    );
    // A pronoun that can only be a subject opens the main clause, whatever
    // the tense of its verb.
    check_all(
        "While Lee said that the port was safe, he appears uneasy.",
        &[("said", "Lee", "the port was safe")],
    );
    // "Even" may open the clause, and a modal is the main clause's verb.
    check_all(
        "Even though Lee said he would hold a hearing, it is unlikely to sway the board.",
        &[("said", "Lee", "he would hold a hearing")],
    );
    check_all(
        "And while Lee has said he will fight to the end, Ruiz must decide what to do.",
        &[("said", "Lee", "he will fight to the end")],
    );
    // The clause may open after a comma, with or without a conjunction.
    check_all(
        "The pier needs work, and while Lee said she would fund it, it is unlikely to be enough.",
        &[("said", "Lee", "she would fund it")],
    );
    check_all(
        "However, while the board says it will meet its goal, dockers are not so sure.",
        &[("says", "the board", "it will meet its goal")],
    );
    // A main clause whose subject is a common noun phrase.
    check_all(
        "While our son doesn’t want to move back home, the truth is he needs help.",
        &[("want", "our son", "to move back home")],
    );
    // A subordinator that opens no clause of the sentence's own (after a
    // word, not a comma) leaves the reported clause whole.
    check_all(
        "Ships stayed away because Lee said that if the port reopened, the crews would strike.",
        &[("said", "Lee", "if the port reopened, the crews would strike")],
    );
    // A clause after the cue's own comma is what was reported, even when a
    // subordinator opened the sentence.
    check_all(
        "As the Courier reported, even if the port reopens, ships will stay away.",
        &[(
            "reported",
            "the Courier",
            "even if the port reopens, ships will stay away",
        )],
    );
    // The main clause may open with a phrase of its own before its subject.
    check_all(
        "Although Lee said the levy was a mistake, at the hearing this week she defended it.",
        &[
            ("said", "Lee", "the levy was a mistake"),
            ("defended", "she", "it"),
        ],
    );
    check_all(
        "Although Lee said the fund was empty, by the end of May the crews had been paid.",
        &[("said", "Lee", "the fund was empty")],
    );
    // A comma with no clause after it is inside the reported clause.
    check_all(
        "Although officials said the port, the oldest in the region, would reopen, ships stayed away.",
        &[(
            "said",
            "officials",
            "the port, the oldest in the region, would reopen",
        )],
    );
}

#[test]
fn a_role_or_sentence_adverb_before_the_cue_is_no_subject() {
    // "as" in the middle of a clause names a role, not a speaker; the
    // second verb shares the first one's subject.
    check_all(
        "Ruiz praised her record as secretary of the board and said she would run again.",
        &[
            ("praised", "Ruiz", "her record as secretary of the board"),
            ("said", "Ruiz", "she would run again"),
        ],
    );
    // A determiner or a count makes the words after "as" a subject.
    check(
        "The port closed as one official said it would.",
        Some(("said", "one official", "it would")),
    );
    check(
        "The port closed as her aide said it would.",
        Some(("said", "her aide", "it would")),
    );
    // A sentence adverb set off by commas is not part of the speaker.
    check(
        "In the end, however, Lee said the levy would stay.",
        Some(("said", "Lee", "the levy would stay")),
    );
}

#[test]
fn the_subject_after_a_clausal_subordinator() {
    // The nearest subject after a subordinator that opens only clauses,
    // not the main clause before it.
    check(
        "The council put off the vote because its chair argued the figures were incomplete.",
        Some(("argued", "its chair", "the figures were incomplete")),
    );
    // An introductory phrase may come between the subordinator and the
    // subject.
    check(
        "The ferry was rerouted because on Monday the harbor master said the pier was unsafe.",
        Some(("said", "the harbor master", "the pier was unsafe")),
    );
    check_all(
        "Although in May the mayor said the levy would go, it stayed.",
        &[("said", "the mayor", "the levy would go")],
    );
    check(
        "Okafor, who once ran the port, now sells boats, though she insisted she misses the work.",
        Some(("insisted", "she", "she misses the work")),
    );
    check(
        "The ferry kept running while the harbor master insisted the storm would pass.",
        Some(("insisted", "the harbor master", "the storm would pass")),
    );
    // A clause the subordinator opens before a comma leaves the subject
    // of the main clause alone.
    check(
        "When the vote ended, the residents said the fee was too high.",
        Some(("said", "the residents", "the fee was too high")),
    );
}

/// A frame's lists go back and forth between their borrowing element types
/// and plain words, keeping one allocation for every sentence of an article.
#[test]
fn a_reused_list_keeps_its_allocation() {
    use super::{reuse, Spare};
    let words = vec!["harbor"; 100];
    let (capacity, at) = (words.capacity(), words.as_ptr() as usize);
    let spare: Vec<Spare<2>> = reuse(words);
    assert!(spare.is_empty());
    assert_eq!(spare.capacity(), capacity);
    let words: Vec<&str> = reuse(spare);
    assert!(words.is_empty());
    assert_eq!((words.capacity(), words.as_ptr() as usize), (capacity, at));
}

/// The frame reads a sentence's ends as it did when it kept every token:
/// the tokens outside quotations, an opening bracket dropped when closing
/// brackets end the sentence, and of a sentence longer than the frame, its
/// first and last `MAX_FRAME / 2` tokens. Sentences are made of pieces
/// chosen by a fixed pseudo-random sequence, up to 700 of them, so that the
/// frame keeps all of some and drops the middle of others.
#[test]
fn the_frame_keeps_the_ends_of_a_long_sentence() {
    use super::tokens::{tokenize, TokKind};
    use super::{reuse, SentenceEnds, Spare, MAX_FRAME};
    // The quotation marks come last: half the sentences have none, so that
    // most of their tokens stay in the frame.
    const PIECES: &[&str] = &[
        "the", "Port", "said", "he’s", "(", ")", ",", "—", "42%", ":", "“", "”", "''",
    ];
    let rules = RuleSet::embedded();
    let mut seed: u64 = 7;
    let mut next = |below: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        usize::try_from(seed >> 33).unwrap_or(0) % below
    };
    let mut long = 0;
    let mut texts = Vec::new();
    for round in 0..300 {
        let length = if round % 3 == 0 {
            150 + next(550)
        } else {
            next(120)
        };
        let pieces = if round % 2 == 0 {
            PIECES
        } else {
            &PIECES[..PIECES.len() - 3]
        };
        let mut text: Vec<&str> = (0..length).map(|_| pieces[next(pieces.len())]).collect();
        // Some sentences end in a long run of closing brackets.
        if round % 7 == 0 {
            text.insert(0, "(");
            text.extend(std::iter::repeat_n(")", 120));
        }
        texts.push(text.join(" ") + ".");
    }
    // One reader for every sentence, as an article is read, and one
    // allocation for every frame: what a sentence leaves behind must not
    // reach the next one's frame.
    let mut ends = SentenceEnds::default();
    let mut spare: Vec<Spare<1>> = Vec::new();
    for text in &texts {
        let analysis = analyze(text, &rules);
        let quotes = &analysis.segments.quotes;
        for sentence in &analysis.segments.sentences {
            let span = sentence.span;
            // The reading that keeps every token.
            let mut every: Vec<_> = tokenize(span.slice(text), span.start());
            let mut qi = quotes.partition_point(|q| q.span.end() <= span.start());
            every.retain_mut(|tok| {
                while quotes.get(qi).is_some_and(|q| q.span.end() <= tok.span.start()) {
                    qi += 1;
                }
                let Some(quote) = quotes.get(qi) else { return true };
                if tok.span == quote.open {
                    tok.kind = TokKind::Open(qi);
                } else if Some(tok.span) == quote.close {
                    tok.kind = TokKind::Close(qi);
                } else {
                    return !quote.inner().contains(tok.span);
                }
                true
            });
            let bracketed = every.first().is_some_and(|t| t.is_punct('('))
                && every
                    .iter()
                    .rev()
                    .take_while(|t| !t.is_word())
                    .any(|t| t.is_punct(')'));
            let mut expect: Vec<_> = every.iter().skip(usize::from(bracketed)).collect();
            if expect.len() > MAX_FRAME {
                long += 1;
                expect.drain(MAX_FRAME / 2..expect.len() - MAX_FRAME / 2);
            }
            ends.read(span.slice(text), span.start(), quotes);
            let frame = ends.frame(reuse(std::mem::take(&mut spare)));
            assert_eq!(frame, expect, "{text}");
            spare = reuse(frame);
        }
    }
    assert!(long > 50, "only {long} sentences were longer than the frame");
}

#[test]
fn a_survey_carries_its_finding_with_in() {
    check(
        "In March, the mayor drew 41 percent backing in a county poll.",
        Some(("in", "a county poll", "the mayor drew 41 percent backing")),
    );
    check(
        "In a county poll released Sunday, the mayor led by 12 points.",
        Some(("In", "a county poll", "the mayor led by 12 points")),
    );
    check(
        "The mayor won 7 percent of those asked in a county poll, her worst showing.",
        Some(("in", "a county poll", "The mayor won 7 percent of those asked")),
    );
    // A time may date the survey, and the shares of those asked answer
    // through it: the finding is the whole clause that holds their answers.
    check_all(
        "In a county poll this month, 38 percent of riders said fares were fair, while 60 percent said they were not.",
        &[(
            "In",
            "a county poll",
            "38 percent of riders said fares were fair, while 60 percent said they were not",
        )],
    );
    check_all(
        "In a county poll, Sixty-two percent of riders said the ferry was late.",
        &[(
            "In",
            "a county poll",
            "Sixty-two percent of riders said the ferry was late",
        )],
    );
    check_all(
        "In a county poll, just 28 percent of riders said the ferry was late.",
        &[(
            "In",
            "a county poll",
            "just 28 percent of riders said the ferry was late",
        )],
    );
    // Shares that answer outside the survey's clause keep their verb.
    check_all(
        "Fares were fair in a county poll, and 40 percent of riders said the ferry was late.",
        &[("said", "40 percent of riders", "the ferry was late")],
    );
    // A named speaker inside the clause keeps the verb.
    check_all(
        "In a county poll, the mayor said she was pleased.",
        &[("said", "the mayor", "she was pleased")],
    );
    // The survey's word must end its phrase, and one survey publishes a
    // finding where "the polls" are the race.
    check("Support in the poll has grown.", None);
    check("The mayor voted in the census office.", None);
    check("The mayor is still ahead in the polls.", None);
}

#[test]
fn a_bracket_is_read_apart_from_its_sentence() {
    check_all(
        "Her ratings (as low as 19 percent at one point, Lee says) hurt her husband.",
        &[("says", "Lee", "as low as 19 percent at one point")],
    );
    check_all(
        "The fee will rise (officials said it would double).",
        &[("said", "officials", "it would double")],
    );
    check_all(
        "Sen. Ann Lee (D-Ore.) said the port is unsafe.",
        &[("said", "Sen. Ann Lee", "the port is unsafe")],
    );
    // A bracket that holds a quotation's mark stays in the sentence.
    check_all(
        "Lee said the port (“a wreck”) is unsafe.",
        &[("said", "Lee", "the port (“a wreck”) is unsafe")],
    );
    // A kicker before a colon labels a live story; it introduces no one's
    // words.
    check_all("The Latest on the harbor strike (all times local):", &[]);
}

#[test]
fn quoting_someone_and_being_quoted() {
    // The one who quotes is the source of "quoted X as saying"; what X
    // said, with X, is the content.
    check(
        "The Harbor Gazette quoted a dock foreman as saying the cranes had stopped.",
        Some((
            "quoted",
            "The Harbor Gazette",
            "a dock foreman as saying the cranes had stopped",
        )),
    );
    check(
        "The mayor closed her talk by quoting a line from an old sea shanty.",
        Some(("quoting", "The mayor", "a line from an old sea shanty")),
    );
    // In the passive the one quoted is the subject, and the passive with
    // its auxiliary is the cue.
    check(
        "“The tide waits for no one,” the harbor master is quoted as saying.",
        Some((
            "is quoted as saying",
            "the harbor master",
            "The tide waits for no one,",
        )),
    );
    check(
        "Ruiz was once quoted as saying the ferry would never pay its way.",
        Some((
            "was once quoted as saying",
            "Ruiz",
            "the ferry would never pay its way",
        )),
    );
    check(
        "Okafor has been quoted as warning that the pier could fail.",
        Some(("been quoted as warning", "Okafor", "the pier could fail")),
    );
    // The noun and the adjective quote nothing.
    check("Her quotes filled a page of the ferry log.", None);
    check("The quoted fare was lower than the real one.", None);
    check("The rules of the port are strict.", None);
}

#[test]
fn a_participle_after_that_and_a_progressive_clause() {
    // After "that" a preposition opens the reported clause; without it
    // one opens an adverbial ("speaking on background").
    check(
        "Ruiz left early, saying that in the end the vote was fair.",
        Some(("saying", "Ruiz", "in the end the vote was fair")),
    );
    check("Ruiz left early, speaking in a low voice.", None);
    // A form of "be" is the verb of the clause whose bare plural subject
    // speaks through the participle.
    check(
        "Republicans are stalling the bill, saying the levy is unfair.",
        Some(("saying", "Republicans", "the levy is unfair")),
    );
    check("The storm was strong, calling it a disaster.", None);
}

#[test]
fn a_document_or_a_fronted_cue_introduces_the_next_paragraph() {
    // A document introduces the words it holds "as follows", with a verb
    // or none.
    check(
        "The harbor board met on Monday.\n\nPartial transcript as follows:\n\n“The pier is closed. Boats must wait.”",
        Some(("as follows:", "Partial transcript", "The pier is closed. Boats must wait.")),
    );
    check(
        "The clerk read the letter aloud. The letter reads as follows:\n\n“I resign from the board.”",
        Some(("reads as follows:", "The letter", "I resign from the board.")),
    );
    // A form of "be" lists; it quotes no one.
    check("The harbor rules are as follows:\n\nNo dogs on the pier.", None);
    // "Said Lee:" alone in its paragraph, like "Lee said:".
    check(
        "The ferry left late.\n\nSaid Ruiz:\n\n“We waited an hour for the tide.”",
        Some(("Said", "Ruiz", "We waited an hour for the tide.")),
    );
}

#[test]
fn another_and_a_participle_inside_an_appositive() {
    // "Outside" before a noun is its adjective, not a preposition.
    check(
        "Outside engineers say the pier is unsafe.",
        Some(("say", "Outside engineers", "the pier is unsafe")),
    );
    // "another" opens a speaker's phrase as "a" does, whatever its head.
    check(
        "“The tide is late,” said another boatwright.",
        Some(("said", "another boatwright", "The tide is late,")),
    );
    // An -ing form after the noun of an appositive describes that noun;
    // it is no verb of the subject.
    check(
        "Ana Ruiz, a delegate supporting the mayor, said the vote was fair.",
        Some((
            "said",
            "Ana Ruiz, a delegate supporting the mayor",
            "the vote was fair",
        )),
    );
}

#[test]
fn an_infinitive_of_purpose_and_a_pronoun_after_an_infinitive_cue() {
    // The subject of a clause speaks through its infinitive of purpose.
    check(
        "Ruiz stood at a pier rally to say the ferry would run again.",
        Some(("say", "Ruiz", "the ferry would run again")),
    );
    check(
        "Okafor took to the radio to say the port was safe.",
        Some(("say", "Okafor", "the port was safe")),
    );
    // A verb that makes its object the speaker is no such clause.
    check("Ruiz persuaded the chair to say the pier was closed.", None);
    check("The crowd gathered at the pier to say goodbye.", None);
    // A negated form of "be" makes a progressive too.
    check(
        "Ruiz isn’t saying which ferries will run.",
        Some(("isn’t saying", "Ruiz", "which ferries will run")),
    );
    // After an infinitive cue, a subject pronoun opens the reported clause.
    check(
        "Ruiz has begun to insist they will reopen the ferry.",
        Some(("insist", "Ruiz", "they will reopen the ferry")),
    );
}

#[test]
fn a_tag_inside_one_reported_clause_that_that_takes_up_again() {
    check(
        "“It was a mistake,” the harbor master said, that both ferries sailed in the storm.",
        Some((
            "said",
            "the harbor master",
            "“It was a mistake,” the harbor master said, that both ferries sailed in the storm",
        )),
    );
    // A conjunction after the tag opens the writer's clause.
    check(
        "“We won,” she said, and that was that.",
        Some(("said", "she", "We won,")),
    );
    // A quotation opened in an earlier sentence is still the speaker's.
    check(
        "“The ferry is late. It was a mistake,” the harbor master said, that both ferries sailed in the storm.",
        Some(("said", "the harbor master", "The ferry is late. It was a mistake,")),
    );
}

#[test]
fn a_noun_of_saying_after_its_possessor() {
    check_all(
        "He spoke. Critics seized on the senator’s assertion that the levee is safe.",
        &[("assertion", "the senator’s", "the levee is safe")],
    );
    check_all(
        "He spoke. Critics seized on Gov. Ana Ruiz’s earlier warning that the levee would fail.",
        &[("warning", "Gov. Ana Ruiz’s", "the levee would fail")],
    );
    // As the subject, the phrase ends before the main verb; fronted, at
    // its comma.
    check_all(
        "He spoke. Her pledge to cut fares is popular.",
        &[("pledge", "Her", "to cut fares")],
    );
    check_all(
        "He spoke. Lee’s claim that the levee is safe drew scorn.",
        &[("claim", "Lee’s", "the levee is safe")],
    );
    check_all(
        "He spoke. His claim that the levee is safe and will hold drew scorn.",
        &[("claim", "His", "the levee is safe and will hold")],
    );
    check_all(
        "He spoke. Despite his claim that the levee is safe, the board closed it.",
        &[("claim", "his", "the levee is safe")],
    );
    // The noun reports beside a verb whose object holds it.
    check_all(
        "He spoke. Critics mocked her pledge to cut fares.",
        &[
            ("mocked", "Critics", "her pledge to cut fares"),
            ("pledge", "her", "to cut fares"),
        ],
    );
    // With a second clause after a conjunction no verb is sure to be the
    // main one, and the content runs on.
    check_all(
        "He spoke. Gov. Ruiz’s warning that the dam would fail and the town would flood went unheeded.",
        &[(
            "warning",
            "Gov. Ruiz’s",
            "the dam would fail and the town would flood went unheeded",
        )],
    );
    // After "is" or "was" the rest of the sentence is what the noun holds,
    // and up to two words may describe the noun.
    check_all(
        "He spoke. The mayor’s main argument was that the ferry “cannot pay its way.”",
        &[("argument", "The mayor’s", "the ferry “cannot pay its way.”")],
    );
    check_all(
        "He spoke. Her pledge is to cut fares by half.",
        &[("pledge", "Her", "to cut fares by half")],
    );
    check_all(
        "He spoke. Lee’s recent unsupported claim that the dam was unsafe drew scorn.",
        &[("claim", "Lee’s", "the dam was unsafe")],
    );
    // A short adverbial may stand between the noun and "that".
    check_all(
        "He spoke. Her warning last week that the dam would fail went unheeded.",
        &[("warning", "Her", "the dam would fail")],
    );
    check_all(
        "He spoke. Critics seized on his claim during the debate that the pier is “safe.”",
        &[("claim", "his", "the pier is “safe.”")],
    );
    check_all(
        "He spoke. Lee’s argument at the hearing was that the ferry should run at night.",
        &[("argument", "Lee’s", "the ferry should run at night")],
    );
    check("He spoke. Her claim on the house was rejected.", None);
    check_all(
        "He spoke. Lee’s answer was: “Is the ferry late again?”",
        &[("answer", "Lee’s", "Is the ferry late again?")],
    );
    check("He spoke. Lee’s answer was: none.", None);
    // Fronted after a capital, the possessor starts after the preposition
    // and the content ends at the comma; names joined by "and" open no
    // second clause, and "be" takes the past form after it.
    check_all(
        "Despite Lee’s insistence that she was at the pier as a reporter, a judge kept her in jail.",
        &[("insistence", "Lee’s", "she was at the pier as a reporter")],
    );
    check_all(
        "He spoke. Lee’s claim that more ships are needed in Lagos and Accra drew rebukes.",
        &[("claim", "Lee’s", "more ships are needed in Lagos and Accra")],
    );
    // A modal is the clause's own verb, and a word after a determiner is
    // an adjective, so the main verb is the one after them.
    check_all(
        "He spoke. Lee’s conclusion that courts shouldn’t weigh a record’s worth to voters is not widely shared.",
        &[(
            "conclusion",
            "Lee’s",
            "courts shouldn’t weigh a record’s worth to voters",
        )],
    );
    check_all(
        "He spoke. Her accusation that Ruiz created the so-called harbor cartel had hurt the port.",
        &[("accusation", "Her", "Ruiz created the so-called harbor cartel")],
    );
    check_all(
        "He spoke. His claim that many unemployed crews are idle was false.",
        &[("claim", "His", "many unemployed crews are idle")],
    );
    check_all(
        "He spoke. His claim that prices rose was false.",
        &[("claim", "His", "prices rose")],
    );
    // A plural owns the noun with an apostrophe of its own, and the noun
    // after it is no verb.
    check_all(
        "He spoke. Critics seized on the dockers’ claim that the pier is unsafe.",
        &[("claim", "the dockers’", "the pier is unsafe")],
    );
    check_all(
        "He spoke. The owners' main complaint is that the fuel aid will come too late.",
        &[("complaint", "The owners'", "the fuel aid will come too late")],
    );
    // A superlative's "most" may describe the noun too.
    check_all(
        "He spoke. But Lee’s most damaging claim is that the pier was sold “for a song.”",
        &[("claim", "Lee’s", "the pier was sold “for a song.”")],
    );
    check_all(
        "He spoke. The captain’s answer was that the ferry must run at night.",
        &[("answer", "The captain’s", "the ferry must run at night")],
    );
    // A pronoun that is an object is no possessor before an article.
    check_all(
        "He spoke. The board told her the claim that she filed was late.",
        &[("told", "The board", "the claim that she filed was late")],
    );
    check("He spoke. Her claim is false.", None);
    check("He spoke. His view was shared by the board.", None);
    check("He spoke. Her pledge was to no avail.", None);
    // A relative clause is no content, a plan reports a policy, and only
    // nouns of pledges take an infinitive.
    check("He spoke. Her claim that was filed in May is back.", None);
    check("He spoke. Her claim to fame is the pier.", None);
    check(
        "He spoke. The mayor’s plan to rebuild the pier won support.",
        None,
    );
}

#[test]
fn two_hyphens_are_a_dash() {
    check(
        "He spoke. The harbor master -- who has feuded with the mayor -- said she regretted it.",
        Some(("said", "The harbor master", "she regretted it")),
    );
}

#[test]
fn a_cleft_on_a_time_or_place_leaves_its_clause_main() {
    let table = [
        (
            "It was three years ago that Ana Ruiz said the port would close.",
            Some(("said", "Ana Ruiz", "the port would close")),
        ),
        (
            "It was only at the hearing that the mayor said the port would close.",
            Some(("said", "the mayor", "the port would close")),
        ),
        (
            "It’s only now that the mayor says the port will close.",
            Some(("says", "the mayor", "the port will close")),
        ),
        // A noun or an aim in focus: the "that" clause is the noun's own.
        ("It was a remark that the mayor said she regretted.", None),
        (
            "It's about convincing voters that they want the port closed.",
            None,
        ),
    ];
    for (input, expect) in table {
        check(input, expect);
    }
}

#[test]
fn that_before_a_finite_verb_is_the_reported_subject() {
    let table = [
        (
            "The union said that was wrong.",
            Some(("said", "The union", "that was wrong")),
        ),
        (
            "Lee told reporters that would be a mistake.",
            Some(("told", "Lee", "that would be a mistake")),
        ),
        (
            "Lee said that the port was closed.",
            Some(("said", "Lee", "the port was closed")),
        ),
    ];
    for (input, expect) in table {
        check(input, expect);
    }
}

#[test]
fn a_speaker_known_by_a_name_after_the_quotation() {
    check(
        "“Nobody told us to wait,” said the dock chief known as Bob, talking for the first time.",
        Some(("said", "the dock chief known as Bob", "Nobody told us to wait,")),
    );
}

/// A form that is both the lemma and the past reads as the past, so a
/// singular subject may stand before it.
#[test]
fn a_past_form_that_is_also_the_lemma() {
    let table = [
        (
            "As Ana Ruiz put it, “The port is a mess.”",
            Some(("put it", "Ana Ruiz", "The port is a mess.")),
        ),
        (
            "The sign read “Keep out.”",
            Some(("read", "The sign", "Keep out.")),
        ),
        (
            "The agency forecast that rates will rise.",
            Some(("forecast", "The agency", "rates will rise")),
        ),
    ];
    for (input, expect) in table {
        check(input, expect);
    }
}

#[test]
fn a_noun_form_before_its_own_verb_is_no_cue() {
    check("Land disputes are among the most common causes of unrest.", None);
    check("Voter fears have grown since the port closed.", None);
    check("Harbor reports will be published monthly.", None);
    // After a relative word the verb is the reported clause's.
    check(
        "The figures, which the agency estimates are too high, fell.",
        Some((
            "estimates",
            "the agency",
            "which the agency estimates are too high",
        )),
    );
}

#[test]
fn the_terms_of_anonymity_are_the_sources_account() {
    check_all(
        "She asked not to be named because she feared for her job.",
        &[("asked not to be named", "She", "because she feared for her job")],
    );
    check_all(
        "The inspector spoke on condition of anonymity to describe the audit.",
        &[(
            "spoke on condition of anonymity",
            "The inspector",
            "to describe the audit",
        )],
    );
    // With no reason, the terms are all the sentence holds.
    check_all(
        "He declined to be identified.",
        &[("declined to be identified", "He", "declined to be identified")],
    );
    // A source met before may be barred from speaking; a group in general
    // is the subject of the writer's claim.
    check_all(
        "He was not authorized to speak about the audit.",
        &[("was not authorized to speak", "He", "about the audit")],
    );
    check_all("Tenants are not permitted to speak to the press.", &[]);
    // A reason after a preposition belongs to another clause's subject.
    check_all("The depot closed for fear of flooding.", &[]);
    // Only a reason continues the terms; other words are reported as usual.
    check_all(
        "She asked not to be named, but said the depot would close.",
        &[("said", "She", "the depot would close")],
    );
}

#[test]
fn a_time_between_the_subject_and_its_verb_leaves_a_participles_speaker() {
    check_all(
        "A judge on Friday struck down the rule, ruling that it exceeded the agency's powers.",
        &[("ruling", "A judge", "it exceeded the agency's powers")],
    );
    // The clause's object ends the subject: "blocked the plan" is no
    // description of the judge.
    check_all(
        "A judge on Friday blocked the plan, saying it was rushed.",
        &[("saying", "A judge", "it was rushed")],
    );
    // A participle dated by a time still describes its noun.
    check_all(
        "A survey released this week found most drivers favour the toll.",
        &[(
            "found",
            "A survey released this week",
            "most drivers favour the toll",
        )],
    );
}

#[test]
fn an_infinitive_after_a_determiners_noun_reports_nothing() {
    check_all("The tenants were given no chance to comment on the lease.", &[]);
    check_all("Drivers had no opportunity to say what the toll should be.", &[]);
    // A verb before the infinitive still makes it its subject's words.
    check_all(
        "The tenants went on to say the lease was unfair.",
        &[("say", "The tenants", "the lease was unfair")],
    );
}

#[test]
fn a_that_with_no_clause_after_it_is_what_the_cue_reports() {
    check_all(
        "But the growers dispute that.",
        &[("dispute", "the growers", "that")],
    );
    check_all(
        "The firm denies that, too.",
        &[("denies", "The firm", "that, too")],
    );
    check_all(
        "A second clerk confirmed that account.",
        &[("confirmed", "A second clerk", "that account")],
    );
    // Before a quotation or an aside, "that" still opens the reported words.
    check_all(
        "Lee said that “the port will close.”",
        &[("said", "Lee", "the port will close.")],
    );
    check_all(
        "Lee said that, in the end, the port would close.",
        &[("said", "Lee", "in the end, the port would close")],
    );
}

#[test]
fn for_his_part_is_an_aside_between_subject_and_verb() {
    check_all(
        "Ruiz, for her part, insisted the port was safe.",
        &[("insisted", "Ruiz", "the port was safe")],
    );
}

#[test]
fn what_a_source_could_not_confirm_is_nothing_it_vouched_for() {
    check_all(
        "The clerk added that two boats were held, though the paper could not confirm the number.",
        &[(
            "added",
            "The clerk",
            "two boats were held, though the paper could not confirm the number",
        )],
    );
    check_all("The ministry cannot confirm the report.", &[]);
    // An answer that says nothing is still the source's answer.
    check_all(
        "Ruiz could not say when the ferry would run.",
        &[("say", "Ruiz", "when the ferry would run")],
    );
    check_all(
        "Ruiz could confirm that the ferry ran.",
        &[("confirm", "Ruiz", "the ferry ran")],
    );
}

#[test]
fn a_response_a_negative_subject_denies_is_a_non_response() {
    check_all(
        "Neither Ruiz nor Okafor responded to requests for comment.",
        &[(
            "responded to requests for comment",
            "Neither Ruiz nor Okafor",
            "responded to requests for comment",
        )],
    );
    check_all(
        "No one at the ministry answered the phone.",
        &[("answered the phone", "the ministry", "answered the phone")],
    );
    // After any other subject the response reports nothing.
    check_all("The owner returned calls on Friday.", &[]);
}

#[test]
fn after_a_phrase_a_subordinate_clause_is_the_writers() {
    // When or why the speaker acted, told by the writer.
    check(
        "The senator supported the levy when it came to a vote.",
        Some(("supported", "The senator", "the levy")),
    );
    check(
        "The mayor defended the fare rise when the council attacked it.",
        Some(("defended", "The mayor", "the fare rise")),
    );
    check(
        "The crews praised the captain because she stayed aboard.",
        Some(("praised", "The crews", "the captain")),
    );
    check(
        "Kim announced the merger after ending talks with a rival.",
        Some(("announced", "Kim", "the merger")),
    );
    // A reported clause keeps its own subordinate clause, a phrase its
    // complement, and a condition may be what was said.
    check(
        "Lee said he beat the odds because he started early.",
        Some(("said", "Lee", "he beat the odds because he started early")),
    );
    check(
        "Kim said the levy would pass when the council votes.",
        Some(("said", "Kim", "the levy would pass when the council votes")),
    );
    check(
        "The union described the raid as a disaster for the port.",
        Some(("described", "The union", "the raid as a disaster for the port")),
    );
    check(
        "The board backed the plan if it was cheap.",
        Some(("backed", "The board", "the plan if it was cheap")),
    );
    // "when" after a time names the time; an infinitive's clause and an
    // aside after a comma are the speaker's.
    check(
        "Kim recalled the days when the pier was busy.",
        Some(("recalled", "Kim", "the days when the pier was busy")),
    );
    check(
        "Kim recalled the winter nights when the pier was busy.",
        Some(("recalled", "Kim", "the winter nights when the pier was busy")),
    );
    check(
        "The union urged the board to wait until the audit was done.",
        Some(("urged", "The union", "the board to wait until the audit was done")),
    );
    check(
        "Kim praised the pier, as she had done before, and the crews.",
        Some((
            "praised",
            "Kim",
            "the pier, as she had done before, and the crews",
        )),
    );
    // A clause after "that" may have a long subject; a quotation after the
    // subordinate clause goes on with what was said.
    check(
        "Kim said that the mayor's plan for the pier when she took office was a gamble.",
        Some((
            "said",
            "Kim",
            "the mayor's plan for the pier when she took office was a gamble",
        )),
    );
    check(
        "Lee said it well when she wrote: “The pier is a gamble.”",
        Some(("said", "Lee", "it well when she wrote: “The pier is a gamble.”")),
    );
    // A gerund's clause goes on with what the speaker put to it.
    check(
        "Lee accused Kim of being asleep when the calls came in.",
        Some(("accused", "Lee", "Kim of being asleep when the calls came in")),
    );
    // A phrase after "after" is a time, not a clause; it stays as it was.
    check(
        "Lee criticized the plan after the vote.",
        Some(("criticized", "Lee", "the plan after the vote")),
    );
}

#[test]
fn as_before_a_role_or_after_such_opens_no_clause_of_the_writers() {
    check(
        "Kim said Lee's record as mayor didn't help her.",
        Some(("said", "Kim", "Lee's record as mayor didn't help her")),
    );
    check(
        "Kim praised cities such as she had named.",
        Some(("praised", "Kim", "cities such as she had named")),
    );
    check(
        "Lee backed the plan as he left the hall.",
        Some(("backed", "Lee", "the plan")),
    );
}

#[test]
fn after_a_phrase_where_the_words_were_said_is_the_writers() {
    check(
        "The senator praised the harbor plan in a brief interview aboard the ferry.",
        Some(("praised", "The senator", "the harbor plan")),
    );
    check(
        "Kim defended the fare rise at a news conference on Friday.",
        Some(("defended", "Kim", "the fare rise")),
    );
    check(
        "Ruiz mocked the ferry schedule during her floor speech.",
        Some(("mocked", "Ruiz", "the ferry schedule")),
    );
    // A place, or a phrase that is not an occasion, stays with the object.
    check(
        "The senator praised the crews in the harbor.",
        Some(("praised", "The senator", "the crews in the harbor")),
    );
    check(
        "Lee praised the crews in towns that hosted rallies.",
        Some(("praised", "Lee", "the crews in towns that hosted rallies")),
    );
    // A clause opening the content keeps the phrase; an infinitive after
    // the occasion goes on with the object; a quotation after it is what
    // was said.
    check(
        "Kim told the board the levy failed in a hearing.",
        Some(("told", "Kim", "the levy failed in a hearing")),
    );
    check(
        "Lee noted that the Commission on Harbor Debates announced a delay.",
        Some((
            "noted",
            "Lee",
            "the Commission on Harbor Debates announced a delay",
        )),
    );
    check(
        "Lee urged his aides at a rally to knock on doors.",
        Some(("urged", "Lee", "his aides at a rally to knock on doors")),
    );
    // Only an infinitive goes on with the object; "to" before a noun is
    // part of the occasion ("an interview to a paper").
    check(
        "Lee praised the ferry plan in an interview to the Courier.",
        Some(("praised", "Lee", "the ferry plan")),
    );
    check(
        "Lee praised the crews in a post as “the best in the port.”",
        Some(("praised", "Lee", "the crews in a post as “the best in the port.”")),
    );
}

#[test]
fn a_tag_inside_the_sentence_follows_a_subject_that_could_speak() {
    // The words before the tag are the subject of the sentence the tag
    // interrupts, even when they could name a speaker themselves.
    check(
        "Most residents, says Lee, wanted the ferry back.",
        Some(("says", "Lee", "Most residents, says Lee, wanted the ferry back")),
    );
    check(
        "Officials, says the report, are worried.",
        Some(("says", "the report", "Officials, says the report, are worried")),
    );
    check(
        "Two of the workers, said the union, were hurt.",
        Some((
            "said",
            "the union",
            "Two of the workers, said the union, were hurt",
        )),
    );
    check(
        "Part of the problem, say experts like Ann Lee, a geologist, is the ground itself.",
        Some((
            "say",
            "experts like Ann Lee",
            "Part of the problem, say experts like Ann Lee, a geologist, is the ground itself",
        )),
    );
    // A subject set off by its own description still speaks through the
    // verb after it.
    check(
        "The worker, who declined to give her name, said the port closed.",
        Some((
            "said",
            "The worker, who declined to give her name",
            "the port closed",
        )),
    );
    check(
        "Aides to Lee, who ran the port, said their reports, already late, would change.",
        Some((
            "said",
            "Aides to Lee, who ran the port",
            "their reports, already late, would change",
        )),
    );
    check(
        "The mayor’s deputy, Ana Ruiz, said the clerk who left, Dan Lee, should be fired.",
        Some((
            "said",
            "The mayor’s deputy, Ana Ruiz",
            "the clerk who left, Dan Lee, should be fired",
        )),
    );
    check(
        "On Sunday, Ana Ruiz, the mayor, urged shippers to slow down.",
        Some(("urged", "Ana Ruiz, the mayor", "shippers to slow down")),
    );
    check(
        "The residents, all of them fishers, say the port is too small.",
        Some((
            "say",
            "The residents, all of them fishers",
            "the port is too small",
        )),
    );
}

#[test]
fn that_opens_a_relative_clause_in_a_subject_before_its_verb() {
    check(
        "Officials that spoke to reporters said the port would close.",
        Some((
            "said",
            "Officials that spoke to reporters",
            "the port would close",
        )),
    );
    check(
        "Groups that have endorsed the mayor say the plan is sound.",
        Some(("say", "Groups that have endorsed the mayor", "the plan is sound")),
    );
    check(
        "Officials that would speak only on background said the port would close.",
        Some((
            "said",
            "Officials that would speak only on background",
            "the port would close",
        )),
    );
    check(
        "Most Democrats that backed Lee said the vote was fair.",
        Some(("said", "Most Democrats that backed Lee", "the vote was fair")),
    );
    check(
        "The polling that was done before the vote showed a dead heat.",
        Some((
            "showed",
            "The polling that was done before the vote",
            "a dead heat",
        )),
    );
    // The clause ends before another clause opens or joins it.
    check(
        "Groups that have endorsed Lee say they believe the board should decide.",
        Some((
            "say",
            "Groups that have endorsed Lee",
            "they believe the board should decide",
        )),
    );
    check(
        "Groups that backed Lee say they expect delegates pledged to him to stay.",
        Some((
            "say",
            "Groups that backed Lee",
            "they expect delegates pledged to him to stay",
        )),
    );
    check(
        "Lee joined Harbor Now, a group that hired him and that is working with him on this next project.",
        None,
    );
    // Only a noun that can name a source takes the clause.
    check(
        "The anger that was felt at the rally showed voters want change.",
        None,
    );
    // Before a subject of its own, "that" opens what was said.
    check_all(
        "Mr. Lee forecast that the slumping economy would soon rebound and praised efforts by the mayor to find a solution.",
        &[
            ("forecast", "Mr. Lee", "the slumping economy would soon rebound"),
            ("praised", "Mr. Lee", "efforts by the mayor to find a solution"),
        ],
    );
    // "Other" stands for a noun only after "the": "in other states" is no
    // phrase that speaks through a verb form of its noun.
    check(
        "Aides are organizing rallies in Dover, Salem and other states this month.",
        None,
    );
    check(
        "One of the clerks left. The other said the port would close.",
        Some(("said", "The other", "the port would close")),
    );
    check(
        "Reports that the mayor resigned were false, Lee said.",
        Some(("said", "Lee", "Reports that the mayor resigned were false")),
    );
    check(
        "Lee denied reports that aides had quit.",
        Some(("denied", "Lee", "reports that aides had quit")),
    );
}

#[test]
fn a_tag_after_a_subordinate_clause_leaves_the_clause_its_own_tag() {
    // A subordinate clause alone is no statement: the tag inside it speaks.
    check(
        "Although Lee argued the fee is fair, Ruiz disagreed.",
        Some(("argued", "Lee", "the fee is fair")),
    );
    check(
        "While critics claimed the port was unsafe, the mayor objected.",
        Some(("claimed", "critics", "the port was unsafe")),
    );
    // The reported clause ends where the main clause opens, even on a
    // verb in the present that reports nothing after it.
    check(
        "While Lee says the fee is fair, Ruiz disagrees.",
        Some(("says", "Lee", "the fee is fair")),
    );
    // With a main clause after it, the whole sentence is what the tag at
    // its end reports.
    check(
        "While Lee says the fee is fair, it is high, Ruiz said.",
        Some(("said", "Ruiz", "While Lee says the fee is fair, it is high")),
    );
}
