package com.clearpath.exchange;

import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading JSON that comes from outside the app (intake and export files): strict, bounded while it is read (a text
 * value, a field name, a number and the nesting all have limits, and {@link #read} stops a value at a size), and
 * every parser failure turned into plain words with the line, column and field path.
 */
final class JsonInput {
    /** Deeper than any intake, plan or export needs; a deeper document is refused, not recursed into. */
    static final int MAX_DEPTH = 64;
    private static final JsonNodeFactory NF = JsonNodeFactory.instance;
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(IntakeValidator.FIELD_MAX_CHARS)
                    .maxNameLength(1000)
                    .maxNumberLength(100)
                    .maxNestingDepth(MAX_DEPTH)
                    .build())
            .build();

    private JsonInput() {
    }

    /** Where the parser is, in bytes for a file and in characters for a string. */
    static long offset(JsonLocation at) {
        long bytes = at.getByteOffset();
        return bytes >= 0 ? bytes : at.getCharOffset();
    }

    /**
     * Reads the value at the parser's current token into a tree, or returns null if it is larger than {@code max}
     * (bytes or characters); then the rest of the value is skipped without keeping it, and the parser is left on
     * the value's last token, as after a complete read.
     */
    static JsonNode read(JsonParser p, long max) throws IOException {
        long start = offset(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (!t.isStructStart()) {
            return scalar(p, t);
        }
        Deque<JsonNode> open = new ArrayDeque<>();
        JsonNode root = t == JsonToken.START_OBJECT ? NF.objectNode() : NF.arrayNode();
        open.push(root);
        String field = null;
        while (!open.isEmpty()) {
            t = p.nextToken();
            if (t == null) {
                throw new IOException("the text ended inside a value");
            }
            if (offset(p.currentLocation()) - start > max) {
                skipRest(p, open.size());
                return null;
            }
            JsonNode parent = open.peek();
            switch (t) {
                case FIELD_NAME -> field = p.currentName();
                case END_OBJECT, END_ARRAY -> open.pop();
                case START_OBJECT, START_ARRAY -> {
                    JsonNode child = t == JsonToken.START_OBJECT ? NF.objectNode() : NF.arrayNode();
                    add(parent, field, child);
                    open.push(child);
                }
                default -> add(parent, field, scalar(p, t));
            }
        }
        return root;
    }

    private static void add(JsonNode parent, String field, JsonNode child) {
        if (parent instanceof ObjectNode o) {
            o.set(field, child);
        } else {
            ((ArrayNode) parent).add(child);
        }
    }

    /** Moves past the end of {@code depth} open containers, keeping nothing. */
    private static void skipRest(JsonParser p, int depth) throws IOException {
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new IOException("the text ended inside a value");
            }
            if (t.isStructStart()) {
                depth++;
            } else if (t.isStructEnd()) {
                depth--;
            }
        }
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NF.textNode(p.getText());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NF.numberNode(p.getIntValue());
                case LONG -> NF.numberNode(p.getLongValue());
                default -> NF.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NF.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NF.booleanNode(true);
            case VALUE_FALSE -> NF.booleanNode(false);
            case VALUE_NULL -> NF.nullNode();
            default -> throw new IOException("unexpected " + t);
        };
    }

    /** The field path of where the parser is, as problems name it: {@code consultations[3].intake.client}. */
    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add("." + c.getCurrentName());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append(parts.get(i));
        }
        return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
    }

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.*?)' \\(code (\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'(.*?)'");

    /**
     * A parser failure in plain words, at its line and column and under the field it happened in; nothing of the
     * parser's own wording (feature names, internal classes) reaches the person.
     */
    static Problem syntaxProblem(JsonProcessingException e, JsonParser p) {
        JsonLocation loc = e.getLocation();
        String line = loc == null ? "" : String.valueOf(loc.getLineNr());
        String column = loc == null ? "" : String.valueOf(loc.getColumnNr());
        String path = p == null ? "" : path(p.getParsingContext());
        String at = path.isEmpty() ? "(json)" : path;
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        ProblemCode code;
        String detail = null;
        if (e instanceof StreamConstraintsException) {
            if (raw.contains("String value length")) {
                code = ProblemCode.JSON_TEXT_TOO_LONG;
                detail = String.valueOf(IntakeValidator.FIELD_MAX_CHARS);
            } else if (raw.contains("nesting depth")) {
                code = ProblemCode.JSON_TOO_DEEP;
                detail = String.valueOf(MAX_DEPTH);
            } else if (raw.contains("Number value length")) {
                code = ProblemCode.JSON_NUMBER_TOO_LONG;
            } else if (raw.contains("Name length")) {
                code = ProblemCode.JSON_NAME_TOO_LONG;
            } else {
                code = ProblemCode.JSON_TOO_LARGE;
            }
        } else if (raw.contains("Unexpected end-of-input") || raw.contains("end-of-input")) {
            code = ProblemCode.JSON_UNFINISHED;
        } else if (raw.startsWith("Duplicate field")) {
            Matcher m = QUOTED.matcher(raw);
            code = ProblemCode.JSON_DUPLICATE_FIELD;
            detail = m.find() ? m.group(1) : "";
        } else if (raw.contains("UTF-8") || raw.contains("UTF8") || raw.contains("Invalid UTF")) {
            code = ProblemCode.JSON_NOT_UTF8;
        } else if (raw.contains("Illegal unquoted character")) {
            code = ProblemCode.JSON_CONTROL_IN_TEXT;
        } else if (raw.startsWith("Illegal character")) {
            code = ProblemCode.JSON_CONTROL_OUTSIDE_TEXT;
        } else if (raw.contains("close marker")) {
            code = ProblemCode.JSON_CLOSE_MISMATCH;
        } else if (raw.contains("Unrecognized character escape")) {
            code = ProblemCode.JSON_BACKSLASH;
        } else if (raw.contains("Invalid escape") || raw.contains("escape sequence")) {
            code = ProblemCode.JSON_U_ESCAPE;
        } else if (raw.contains("Leading zero")) {
            code = ProblemCode.JSON_LEADING_ZERO;
        } else if (raw.contains("Non-standard token") || raw.contains("NaN") || raw.contains("Infinity")) {
            code = ProblemCode.JSON_NAN;
        } else if (raw.startsWith("Unrecognized token")) {
            Matcher m = QUOTED.matcher(raw);
            code = ProblemCode.JSON_UNKNOWN_WORD;
            detail = m.find() ? m.group(1) : "";
        } else if (raw.startsWith("Unexpected character")) {
            Matcher m = UNEXPECTED.matcher(raw);
            // The character by its code point, empty when the parser did not say which.
            String ch = m.find() ? m.group(2) : "";
            if (raw.contains("comment")) {
                code = ProblemCode.JSON_COMMENT;
            } else if (ch.equals(String.valueOf((int) '\''))) {
                code = ProblemCode.JSON_SINGLE_QUOTES;
            } else {
                detail = ch;
                if (raw.contains("double-quote to start field name")) {
                    code = ProblemCode.JSON_UNEXPECTED_FOR_NAME;
                } else if (raw.contains("expected a value") || raw.contains("expecting a value")) {
                    code = ProblemCode.JSON_UNEXPECTED_FOR_VALUE;
                } else if (raw.contains("comma")) {
                    code = ProblemCode.JSON_UNEXPECTED_FOR_COMMA;
                } else if (raw.contains("colon")) {
                    code = ProblemCode.JSON_UNEXPECTED_FOR_COLON;
                } else {
                    code = ProblemCode.JSON_UNEXPECTED;
                }
            }
        } else if (raw.contains("Trailing token") || raw.contains("trailing")) {
            code = ProblemCode.JSON_TRAILING;
        } else {
            code = ProblemCode.JSON_INVALID;
        }
        return detail == null ? Problem.of(at, code, line, column) : Problem.of(at, code, line, column, detail);
    }

    /** After the top-level value: anything but the end of the text is a problem. */
    static Problem trailing(JsonParser p) {
        JsonLocation loc = p.currentTokenLocation();
        return Problem.of("(json)", ProblemCode.JSON_TRAILING, loc.getLineNr(), loc.getColumnNr());
    }
}
