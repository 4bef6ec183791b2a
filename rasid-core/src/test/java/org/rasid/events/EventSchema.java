package org.rasid.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rasid.testing.Seeds;

/**
 * Checks JSON against docs/schema/event.schema.json with the keywords that file uses (type,
 * required, properties, items, enum, pattern, minimum, maximum, minLength, minItems). A small
 * interpreter rather than a validator library: the partial Maven mirror here lacks the
 * transitive artifacts of the usual ones.
 */
final class EventSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode schema;

    private EventSchema(JsonNode schema) {
        this.schema = schema;
    }

    static EventSchema load() {
        Path p = Seeds.projectRoot().resolve("docs/schema/event.schema.json");
        try {
            return new EventSchema(JSON.readTree(p.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of one record, empty when it is valid. */
    List<String> validate(Object event) {
        JsonNode node = JSON.valueToTree(event);
        List<String> errors = new ArrayList<>();
        check(schema, node, "$", errors);
        return errors;
    }

    private static void check(JsonNode s, JsonNode v, String path, List<String> errors) {
        if (s.has("type") && !typeOk(s.get("type"), v)) {
            errors.add(path + ": type " + s.get("type") + " expected, got " + v.getNodeType());
            return;
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) {
                found |= e.equals(v);
            }
            if (!found) {
                errors.add(path + ": " + v + " not in enum");
            }
        }
        if (v.isTextual()) {
            if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(v.asText()).find()) {
                errors.add(path + ": '" + v.asText() + "' does not match " + s.get("pattern").asText());
            }
            if (s.has("minLength") && v.asText().length() < s.get("minLength").asInt()) {
                errors.add(path + ": shorter than " + s.get("minLength").asInt());
            }
        }
        if (v.isNumber()) {
            if (s.has("minimum") && v.asDouble() < s.get("minimum").asDouble()) {
                errors.add(path + ": " + v + " < " + s.get("minimum"));
            }
            if (s.has("maximum") && v.asDouble() > s.get("maximum").asDouble()) {
                errors.add(path + ": " + v + " > " + s.get("maximum"));
            }
        }
        if (v.isObject()) {
            if (s.has("required")) {
                for (JsonNode r : s.get("required")) {
                    if (!v.has(r.asText())) {
                        errors.add(path + ": missing " + r.asText());
                    }
                }
            }
            if (s.has("properties")) {
                Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (v.has(p.getKey())) {
                        check(p.getValue(), v.get(p.getKey()), path + "." + p.getKey(), errors);
                    }
                }
            }
        }
        if (v.isArray()) {
            if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
                errors.add(path + ": fewer than " + s.get("minItems").asInt() + " items");
            }
            if (s.has("items")) {
                for (int i = 0; i < v.size(); i++) {
                    check(s.get("items"), v.get(i), path + "[" + i + "]", errors);
                }
            }
        }
    }

    private static boolean typeOk(JsonNode type, JsonNode v) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeOk(t, v)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> false;
        };
    }
}
