package org.rasid.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene documents of the search index: one per story (text and title, stored for
 * snippets) and one per event (evidence text plus every filter field, indexed and as doc
 * values so the index alone filters, sorts and counts). The field names live here only.
 */
final class IndexFields {
    static final String KEY = "key";
    static final String KIND = "kind";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String STORY = "story";
    static final String EVENT = "event";

    private IndexFields() {
    }

    /** The key that makes re-indexing a story replace it. */
    static String storyKey(String doc, int story) {
        return "s:" + doc + "#" + story;
    }

    static String eventKey(String id) {
        return "e:" + id;
    }

    static Document story(String doc, int story, String title, String outlet, String published, String text) {
        Document d = new Document();
        d.add(new StringField(KEY, storyKey(doc, story), Field.Store.NO));
        d.add(new StringField(KIND, STORY, Field.Store.NO));
        d.add(new StoredField("doc", doc));
        d.add(new StoredField("story", story));
        if (title != null) {
            d.add(new TextField(TITLE, title, Field.Store.YES));
        }
        if (outlet != null) {
            d.add(new StoredField("story_outlet", outlet));
        }
        if (published != null) {
            d.add(new StoredField("published", published));
        }
        d.add(new TextField(TEXT, text, Field.Store.YES));
        return d;
    }

    static Document event(EventFacets f, String text) {
        Document d = new Document();
        d.add(new StringField(KEY, eventKey(f.id()), Field.Store.NO));
        d.add(new StringField(KIND, EVENT, Field.Store.NO));
        d.add(new StringField("id", f.id(), Field.Store.NO));
        d.add(new SortedDocValuesField("id", new BytesRef(f.id())));
        if (f.day() != null) {
            d.add(new StringField("day", f.day(), Field.Store.NO));
            d.add(new SortedDocValuesField("day", new BytesRef(f.day())));
        }
        keyword(d, "admin1", f.admin1());
        keyword(d, "admin2", f.admin2());
        keyword(d, "class", f.eventClass());
        keyword(d, "cameo", f.cameo());
        keyword(d, "sub_type", f.subType());
        for (String a : f.actors()) {
            d.add(new StringField("actor", a, Field.Store.NO));
        }
        for (String o : f.outlets()) {
            d.add(new StringField("outlet", o, Field.Store.NO));
        }
        if (f.confidence() != null) {
            d.add(new DoublePoint("confidence", f.confidence()));
        }
        d.add(new IntPoint("sources", f.sources()));
        if (f.latitude() != null && f.longitude() != null && Math.abs(f.latitude()) <= 90
                && Math.abs(f.longitude()) <= 180) {
            d.add(new LatLonPoint("geo", f.latitude(), f.longitude()));
        }
        d.add(new TextField(TEXT, text, Field.Store.NO));
        return d;
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null) {
            d.add(new StringField(field, value, Field.Store.NO));
            d.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }
}
