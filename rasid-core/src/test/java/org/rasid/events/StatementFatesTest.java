package org.rasid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.ingest.Document;
import org.rasid.pipeline.Pipeline;

class StatementFatesTest {
    private static final List<StatementFate> FATES = new ArrayList<>();
    private static final Pipeline PIPELINE = Pipeline.witnessed(FATES::add);

    /** "trigger stage reason" of the speech verbs and verbal triggers of a text. */
    private static synchronized List<String> fates(String text) {
        FATES.clear();
        PIPELINE.process(Document.ofText("t", text));
        return FATES.stream().map(f -> f.trigger() + " " + f.stage() + " " + f.reason()).toList();
    }

    @Test
    void aStatementOfAPartyOnItsDayIsCoded() {
        assertEquals(List.of("قال coded -"), fates("قال وزير الخارجية الروسي سيرغي لافروف يوم الثلاثاء إن "
                + "الوضع في سوريا يتحسن بشكل واضح."));
    }

    @Test
    void aSpeechVerbWhoseContentIsAnActLeavesTheActToCode() {
        assertEquals(List.of("قال speech act-in-clause"), fates("قال المرصد السوري لحقوق الإنسان يوم الثلاثاء "
                + "إن قوات النظام قصفت مدينة دوما بالمدفعية."));
    }

    @Test
    void aSpeechVerbWhoseActCodesNothingIsToldOnceAsCoded() {
        // ANT dev: the wounding codes no event, so the speech is the statement, told once, not also silenced
        assertEquals(List.of("قالت coded -"), fates("قالت وزارة الخارجية الروسية، الثلاثاء، إن \"بضع عشرات\" "
                + "من الروس أصيبوا في سوريا خلال المواجهات الأخيرة بالبلاد."));
    }

    @Test
    void aSpeechVerbRelayingItsOwnSidesActIsToldSo() {
        assertEquals(List.of("اعلنت speech relays-act"), fates("أعلنت الحكومة العراقية، الخميس، أن قواتها الجوية "
                + "شنت غارات جوية \"مميتة\" على مواقع لتنظيم داعش الإرهابي داخل الأراضي السورية."));
    }

    @Test
    void aSpeechVerbWithoutContentCodesNothing() {
        assertEquals(List.of("اعلن speech no-opener"), fates("أعلن وزير الخارجية الفرنسي يوم الثلاثاء عن "
                + "زيارة قريبة."));
    }

    @Test
    void anAnalystsWordsAreStoppedAtTheGate() {
        assertEquals(List.of("قال gate non-party"), fates("قال المحلل العسكري الروسي فيكتور ليتوفكين يوم "
                + "الثلاثاء إن الوضع في سوريا يتحسن بشكل واضح."));
    }

    @Test
    void aRecalledWarningIsStoppedAtTheGate() {
        assertEquals(List.of("حذر gate recalled"), fates("وكان وزير الخارجية الفرنسي قد حذر يوم الثلاثاء من "
                + "التصعيد في سوريا."));
    }

    @Test
    void aStatementOfNoKnownSpeakerIsLostForItsSpeaker() {
        assertEquals(List.of("قال speaker no-actor"), fates("قال المتحدث يوم الثلاثاء إن الوضع يتحسن بشكل "
                + "واضح في المدينة."));
    }
}
