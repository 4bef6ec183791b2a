package org.rasid.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.rasid.model.Event;

/**
 * A GeoJSON FeatureCollection (RFC 7946, WGS 84): one Point feature per event, longitude
 * first, with the event record as properties; events without coordinates get a null geometry.
 * Streamed, so exports of any size use little memory.
 */
public final class GeoJsonWriter implements EventWriter {
    private final JsonGenerator gen;
    private final ObjectMapper json = new ObjectMapper();

    public GeoJsonWriter(Writer out) throws IOException {
        this.gen = json.getFactory().createGenerator(out);
        gen.writeStartObject();
        gen.writeStringField("type", "FeatureCollection");
        gen.writeArrayFieldStart("features");
    }

    @Override
    public void write(Event e) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("type", "Feature");
        gen.writeStringField("id", e.id());
        if (e.latitude() != null && e.longitude() != null) {
            gen.writeObjectFieldStart("geometry");
            gen.writeStringField("type", "Point");
            gen.writeArrayFieldStart("coordinates");
            gen.writeNumber(e.longitude());
            gen.writeNumber(e.latitude());
            gen.writeEndArray();
            gen.writeEndObject();
        } else {
            gen.writeNullField("geometry");
        }
        ObjectNode props = json.valueToTree(e);
        gen.writeFieldName("properties");
        json.writeTree(gen, props);
        gen.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        gen.writeEndArray();
        gen.writeEndObject();
        gen.flush();
    }
}
