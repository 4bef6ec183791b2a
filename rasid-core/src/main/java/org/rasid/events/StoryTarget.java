package org.rasid.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rasid.model.Event;
import org.rasid.model.Evidence;
import org.rasid.text.ArabicNormalizer;
import org.rasid.text.Span;

/**
 * The second side a violent event's own clause leaves open, from the article's telling of the same incident
 * (docs/annotation.md, "Fields the sentence leaves open", (b) and (c)). Arabic news tells an incident in the lead
 * and adds to it sentence by sentence: the side that held the towns, the toll of the strike.
 *
 * <p><b>The loser of a capture.</b> A capture (Government regains territory, Non-state actor overtakes territory)
 * with its capturer and no loser takes the side the story names in a camp that fights the capturer's (event_words.tsv
 * {@code home_side}, {@code rebel_side}, {@code kurdish_side}, {@code isis_side}, {@code turkish_side}): in its own
 * sentence first, else anywhere in the story on its front (a sentence naming places of another governorate does not
 * count). Sides of two camps (the army fighting ISIS in one town and the rebels in another) leave it open; of one
 * camp, the lead's first, else the camp's generic name (OPPOSITION), else the first named. Reporters, outlets,
 * supporters and states abroad are no loser.
 *
 * <p><b>The victims of a strike.</b> A shelling, air or chemical strike with no target takes CIVILIANS when the
 * story tells people killed or hurt (not armed men, not at a military site, not over a period) in that incident: in
 * its own sentence, after it or before it in its clause, with no violence of another kind between, or in another
 * sentence at its place (or, naming no place, right after it, with no other violent event between) on a day that
 * agrees with it (its own date, else the day the story tells there) and not beside violence of another kind only
 * ("مقتل 62 مدنيا في غارات" is no shelling's toll); a toll of armed men of a camp that fights the striker's gives that
 * side. A strike told as hurting nobody keeps no target.
 *
 * <p><b>The foe of a campaign.</b> A strike or a clash by a force of a campaign (campaigns.tsv: the coalition, the
 * United States and Iraq against ISIS; Turkey against the Kurdish forces) that no sentence gives a target takes the
 * campaign's foe the story first names as a side ("غارات جوية على جسرين … يستخدمهما داعش", "أهداف ل داعش"), unless
 * the story sets a side of a rival camp of the campaign as hit (the government's, for the coalition): then the
 * campaign may have struck either; nor when the strike's own sentence tells armed men of another side hurt.
 *
 * <p>The side taken points at the words that named it.
 */
final class StoryTarget {
    private static final String ACTOR2 = "actor2";
    private static final String CIVILIANS = "CIVILIANS";
    private static final String STRIKE = "Explosions/Remote violence";
    private static final List<String> CAPTURES = List.of("Government regains territory",
            "Non-state actor overtakes territory");
    private static final List<String> STRIKES = List.of("Shelling/artillery/missile attack", "Air/drone strike",
            "Chemical weapon");
    private static final String HOME = "home_side";
    private static final String REBEL = "rebel_side";
    private static final String KURDISH = "kurdish_side";
    private static final String ISIS = "isis_side";
    private static final String TURKISH = "turkish_side";
    /** The CAMEO roots of a force's words about its foe: statements, disapproval, rejection, threats. */
    private static final Set<String> VOICED = Set.of("01", "11", "12", "13");
    /** A clash (Battles) whose side fought a force of a campaign leaves open. */
    private static final String CLASH = "Armed clash";
    /**
     * The camps of the war (event_words.tsv kinds of actor ids) and the camps each fights: Turkey's forces fight the
     * Kurdish ones beside the rebels, whatever else its words name ("إرهابيي ب ي د/بي كا كا وداعش").
     */
    private static final Map<String, Set<String>> FOES = Map.of(
            HOME, Set.of(REBEL, KURDISH, ISIS),
            REBEL, Set.of(HOME, KURDISH, ISIS),
            KURDISH, Set.of(HOME, REBEL, ISIS, TURKISH),
            ISIS, Set.of(HOME, REBEL, KURDISH),
            TURKISH, Set.of(KURDISH));
    private static final List<String> CAMPS = List.of(HOME, REBEL, KURDISH, ISIS, TURKISH);
    /** event_cues.tsv: a base, positions, depots ("المواقع العسكرية المستهدفة"): the dead there are no civilians. */
    private static final String MILITARY_SITE = "military_site";
    /** The generic name of a camp, taken when the story names several sides of it. */
    private static final List<String> GENERIC = List.of("SYR_GOV", "OPPOSITION");
    /** The ACLED inter code of a state abroad: Russia or Turkey take towns beside a Syrian side, never lose them. */
    private static final int EXTERNAL = 8;
    /** The length of a day-precise ISO date. */
    private static final int DAY = 10;
    /** event_cues.tsv: a period, not a day ("خلال الأيام الماضية"). */
    private static final String PERIOD = "period";
    /** How many sentences after a strike a toll naming no place may tell its victims. */
    private static final int REACH = 2;

    private final Arguments args;
    private final EventWords words;
    private final ActorRoleTagger tagger;
    private final Campaigns campaigns;

    StoryTarget(Arguments args, EventWords words) {
        this(args, words, Campaigns.standard());
    }

    StoryTarget(Arguments args, EventWords words, Campaigns campaigns) {
        this.args = args;
        this.words = words;
        this.tagger = new ActorRoleTagger(words);
        this.campaigns = campaigns;
    }

    /** The events of one story, each capture and strike whose clause left actor2 open given it from the story. */
    List<Event> fill(List<Event> events, List<SentenceArguments> sentences, LocalDate[] told,
                     List<List<TriggerMention>> triggers) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Event f = e;
            if (e.actor2() == null && e.acledSubType() != null) {
                if (CAPTURES.contains(e.acledSubType()) && e.actor1() != null) {
                    f = loser(e, sentences);
                } else if (STRIKE.equals(e.acledType()) && STRIKES.contains(e.acledSubType())
                        && (e.fatalities() == null || e.fatalities() > 0)) {
                    f = victims(e, events, sentences, told, triggers);
                    if (f.actor2() == null && !campaigns.foes(e.actor1()).isEmpty()) {
                        f = campaignFoe(e, sentences);
                    }
                } else if (CLASH.equals(e.acledSubType()) && !campaigns.foes(e.actor1()).isEmpty()) {
                    f = campaignFoe(e, sentences);
                }
            } else if (e.actor2() == null && e.acledType() == null && e.cameo() != null && VOICED.contains(e.cameo())
                    && tellsCampaign(e, sentences)) {
                f = campaignFoe(e, sentences);
            }
            out.add(f);
        }
        return out;
    }

    private Event loser(Event e, List<SentenceArguments> sentences) {
        String camp = camp(e.actor1());
        int own = sentenceOf(e, sentences);
        if (camp == null || own < 0) {
            return e;
        }
        List<Side> sides = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            SentenceArguments a = sentences.get(k);
            if (k != own && !sameFront(e, a)) {
                continue;
            }
            for (RoledActor r : tagger.tag(a.sentence(), a.actors(), a.counts())) {
                String other = camp(r.id());
                if (other != null && FOES.get(camp).contains(other) && args.inter(r.id()) != EXTERNAL && r.participant()
                        && r.canAct()) {
                    sides.add(new Side(r.id(), other, k, a.sentence().part(ACTOR2, r.m().span())));
                }
            }
        }
        Side chosen = chosen(sides, own);
        return chosen == null ? e : withActor2(e, chosen.id(), chosen.words());
    }

    /**
     * The foe of the force's campaign the story first names as a side, none when the story also sets a side of
     * another camp as hit ("قصفت طائرات التحالف مواقع لقوات النظام").
     */
    private Event campaignFoe(Event e, List<SentenceArguments> sentences) {
        List<String> foes = campaigns.foes(e.actor1());
        Set<String> rivals = campaigns.rivals(e.actor1());
        int own = sentenceOf(e, sentences);
        // a clash's toll may be of either side; a strike's are the men it hit
        if (own >= 0 && e.acledSubType() != null && STRIKES.contains(e.acledSubType()) && othersHurt(sentences.get(own), e.actor1(), foes)) {
            return e;
        }
        Side foe = null;
        for (int k = 0; k < sentences.size(); k++) {
            SentenceArguments a = sentences.get(k);
            for (RoledActor r : tagger.tag(a.sentence(), a.actors(), a.counts())) {
                String other = camp(r.id());
                if (other != null && rivals.contains(other) && r.role() == RoledActor.Role.TARGET) {
                    return e;
                }
                if (foe == null && foes.contains(r.id()) && r.participant() && r.canAct()) {
                    foe = new Side(r.id(), other, k, a.sentence().part(ACTOR2, r.m().span()));
                }
            }
        }
        return foe == null ? e : withActor2(e, foe.id(), foe.words());
    }

    /** Whether the statement's own sentence names its speaker's campaign (campaigns.tsv marks). */
    private boolean tellsCampaign(Event e, List<SentenceArguments> sentences) {
        int own = sentenceOf(e, sentences);
        return own >= 0 && campaigns.told(e.actor1(), sentences.get(own).sentence());
    }

    /**
     * Whether the strike's own sentence tells armed men hurt that are no foe of the campaign: of another side, or of
     * none it names ("وقتل عشرة مقاتلين موالين لدمشق الأربعاء جراء غارات تركية"): the campaign hit someone else.
     */
    private boolean othersHurt(SentenceArguments a, String force, List<String> foes) {
        Sentence s = a.sentence();
        for (Arguments.Count c : TollAssigner.daily(s, a.counts())) {
            boolean hurt = ("killed".equals(c.role()) || "injured".equals(c.role())) && c.count() != null
                    && c.count() > 0;
            if (!hurt || force.equals(c.who()) || c.who() != null && (foes.contains(c.who()) || camp(c.who()) == null)) {
                continue;
            }
            if (c.who() != null || ArmedVictims.only(s, List.of(c), args)) {
                return true;
            }
        }
        return false;
    }

    /** The side named in the capture's own sentence, else the one camp's lead side, generic name or first side. */
    private static Side chosen(List<Side> sides, int own) {
        for (Side s : sides) {
            if (s.sentence() == own) {
                return s;
            }
        }
        if (sides.isEmpty() || sides.stream().map(Side::camp).distinct().count() > 1) {
            return null;
        }
        Side first = sides.get(0);
        if (first.sentence() == 0) {
            return first;
        }
        for (Side s : sides) {
            if (GENERIC.contains(s.id())) {
                return s;
            }
        }
        return first;
    }

    private Event victims(Event e, List<Event> story, List<SentenceArguments> sentences, LocalDate[] told,
                          List<List<TriggerMention>> triggers) {
        int own = sentenceOf(e, sentences);
        Evidence.Part act = e.evidence().part(Evidence.TRIGGER);
        if (own < 0 || act == null) {
            return e;
        }
        String camp = e.actor1() == null ? null : camp(e.actor1());
        String kind = kind(e, act, triggers.get(own));
        for (int k = 0; k < sentences.size(); k++) {
            SentenceArguments a = sentences.get(k);
            if (k != own && (!tiedTo(e, a, k, own, story, sentences) || !dayAgrees(e, a, told[k])
                    || otherKind(kind, triggers.get(k)))) {
                continue;
            }
            Sentence s = a.sentence();
            if (!s.cues(PERIOD).isEmpty()) {
                continue; // "أودى بحياة المئات في الآونة الأخيرة": a period's toll, no incident's
            }
            boolean military = !s.cues(MILITARY_SITE).isEmpty() || !sentences.get(own).sentence().cues(MILITARY_SITE)
                    .isEmpty();
            for (Arguments.Count c : TollAssigner.daily(s, a.counts())) {
                boolean hurt = ("killed".equals(c.role()) || "injured".equals(c.role())) && c.count() != null
                        && c.count() > 0;
                if (!hurt || k == own && !follows(kind, s, act, c, triggers.get(k))) {
                    continue;
                }
                String who = c.who();
                if (CIVILIANS.equals(who) || who == null && !ArmedVictims.only(s, List.of(c), args) && !military) {
                    return withActor2(e, CIVILIANS, s.part(ACTOR2, c.span())); // "مقتل سبعة أشخاص"
                }
                String side = who == null ? null : camp(who);
                if (side != null && camp != null && FOES.get(camp).contains(side) && !who.equals(e.actor1())) {
                    return withActor2(e, who, s.part(ACTOR2, c.span())); // "مقتل 8 من عناصر التنظيم"
                }
            }
        }
        return e;
    }

    /**
     * The kind of violence the strike's own trigger words name, which the words of the story's other acts are
     * compared with: an air strike told as "قصف مكثف من الطيران المروحي" (AerialMeans) is a قصف to its words
     * beside "ترافق مع قصف من قبل قوات النظام"; else the event's sub-type.
     */
    private static String kind(Event e, Evidence.Part act, List<TriggerMention> found) {
        for (TriggerMention t : found) {
            if (t.span().start() == act.start() && t.trigger().acledSubType() != null) {
                return t.trigger().acledSubType();
            }
        }
        return e.acledSubType();
    }

    /**
     * A toll of the strike's own sentence is its toll when it follows the strike, or comes before it in its clause,
     * with no violence of another kind between ("ألقى الطيران المروحي براميل على قرى … ما أدى لسقوط عدد من الجرحى").
     */
    private static boolean follows(String kind, Sentence s, Evidence.Part act, Arguments.Count c,
                                   List<TriggerMention> found) {
        int from = s.tokenOf(new Span(act.start(), act.end()));
        int to = s.tokenOf(c.span());
        if (from < 0 || to < 0 || to < from && s.clause[to] != s.clause[from]) {
            return false; // "بينما قتل سبعة آخرون جراء غارات روسية على بلدة الطيبة": before it, in its clause only
        }
        for (TriggerMention t : found) {
            // "أطلقت … صاروخ على ثلاثة مواقع سورية ردا على هجوم كيميائي مفترض في دوما أوقع أكثر من أربعين قتيلا"
            boolean between = t.tokenStart() > Math.min(from, to) && t.tokenStart() < Math.max(from, to);
            if (between && t.trigger().isViolent() && !kind.equals(t.trigger().acledSubType())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A toll's sentence tells the strike's incident: it names the strike's place, or names no place and follows
     * the strike within {@link #REACH} sentences with no other violent event told between.
     */
    private static boolean tiedTo(Event e, SentenceArguments a, int k, int own, List<Event> story,
                                  List<SentenceArguments> sentences) {
        if (!a.places().isEmpty()) {
            for (Arguments.Place p : a.places()) {
                if (samePlace(e, p)) {
                    return true;
                }
            }
            return false;
        }
        if (k <= own || k - own > REACH) {
            return false;
        }
        for (Event other : story) {
            int j = sentenceOf(other, sentences);
            if (other != e && j > own && j <= k && AcledTaxonomy.isPoliticalViolence(other.acledType())) {
                return false;
            }
        }
        return true;
    }

    private static boolean samePlace(Event e, Arguments.Place p) {
        if (e.placeId() != null && p.placeId() != null) {
            return e.placeId().equals(p.placeId());
        }
        return e.locationAr() != null && e.locationAr().equals(p.locationAr());
    }

    /**
     * A toll told beside violence of another kind only is its toll: "مقتل 62 مدنيا في غارات" for a shelling, "أسفرت
     * المعارك عن استشهاد 17 مقاتلاً" for an air strike.
     */
    private static boolean otherKind(String kind, List<TriggerMention> found) {
        boolean other = false;
        for (TriggerMention t : found) {
            if (t.trigger().isViolent()) {
                if (kind.equals(t.trigger().acledSubType())) {
                    return false;
                }
                other = true;
            }
        }
        return other;
    }

    /**
     * A sentence that tells another day than a dated strike, in its own words or as the day the story tells there
     * (NarrativeDay), tells another incident.
     */
    private static boolean dayAgrees(Event e, SentenceArguments a, LocalDate day) {
        if (e.eventDate() == null || e.eventDate().length() < DAY) {
            return true;
        }
        boolean own = false;
        for (Arguments.Date d : a.dates()) {
            if (d.date() != null && d.precision() == 1) {
                own = true;
                if (!d.date().equals(e.eventDate())) {
                    return false;
                }
            }
        }
        return own || day == null || day.toString().equals(e.eventDate());
    }

    /** A sentence that names places, none of them in the event's governorate, tells another front. */
    private static boolean sameFront(Event e, SentenceArguments a) {
        boolean any = false;
        for (Arguments.Place p : a.places()) {
            if (p.admin1() != null) {
                any = true;
                if (Objects.equals(p.admin1(), e.admin1())) {
                    return true;
                }
            }
        }
        return !any;
    }

    private static int sentenceOf(Event e, List<SentenceArguments> sentences) {
        for (int k = 0; k < sentences.size(); k++) {
            if (sentences.get(k).sentence().span.start() == e.evidence().start()) {
                return k;
            }
        }
        return -1;
    }

    /** The camp of an actor id (event_words.tsv), or null for a state abroad, a body, civilians or the unknown. */
    private String camp(String actor) {
        String w = ArabicNormalizer.normalizeTerm(actor);
        for (String c : CAMPS) {
            if (words.is(c, w)) {
                return c;
            }
        }
        return null;
    }

    private static Event withActor2(Event e, String id, Evidence.Part part) {
        return e.withSidesAndDate(e.actor1(), id, e.eventDate(), e.timePrecision(), e.evidence().with(part));
    }

    /** An armed side a sentence of the story names, its camp, and its words. */
    private record Side(String id, String camp, int sentence, Evidence.Part words) {
    }
}
