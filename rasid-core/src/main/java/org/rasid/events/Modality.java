package org.rasid.events;

/** Whether a reported event took place, as the words around its trigger tell. */
public enum Modality {
    /** it happened (or is happening) */
    OCCURRED,
    /** "لم", "عدم", "دون", "منع": it did not happen */
    NEGATED,
    /** "تستعد ل", "بهدف", "تقضي ب": intended, prepared, provided for */
    PLANNED,
    /** "من المتوقع", "محتمل", "قد", "أي هجوم": expected or feared */
    EXPECTED,
    /** "في حال", "إذا", "ما لم", "وإلا" */
    CONDITIONAL,
    /** "ستشن", "سوف": announced for later; by a named actor it is a threat (CAMEO 13) */
    FUTURE,
    /** "سمع صوت انفجار": a sound, not yet an event */
    HEARD,
    /** "تقرير حول", "رداً على": a reference to an event told elsewhere */
    TOPIC,
    /** "الجدير بالذكر", "منذ", "قبل أشهر": background, coded only with its own date */
    BACKGROUND,
    /** "آلاف الغارات": an aggregate, not one event */
    GENERIC,
    /** "لإجلاء": the purpose of something else */
    PURPOSE,
    /** the content of a verbal act ("هددت بإبادة", "تفاوض على إجلاء", "نفى … توجه") */
    CONTENT
}
