package com.clearpath.exchange;

import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.Problem;
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
import java.util.Locale;
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
        String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
        String path = p == null ? "" : path(p.getParsingContext());
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Problem.Code code = Problem.Code.MALFORMED;
        String words;
        if (e instanceof StreamConstraintsException) {
            code = Problem.Code.TOO_LONG;
            if (raw.contains("String value length")) {
                words = String.format(Locale.ROOT, "a text value is longer than %,d characters; nothing after it "
                        + "was read", IntakeValidator.FIELD_MAX_CHARS);
            } else if (raw.contains("nesting depth")) {
                words = "the JSON is nested too deeply (more than " + MAX_DEPTH + " levels)";
            } else if (raw.contains("Number value length")) {
                words = "a number has too many digits";
            } else if (raw.contains("Name length")) {
                words = "a field name is too long";
            } else {
                words = "the JSON is too large to read";
            }
        } else if (raw.contains("Unexpected end-of-input") || raw.contains("end-of-input")) {
            words = "the text ends before the JSON is complete (a closing brace, bracket or quote is missing)";
        } else if (raw.startsWith("Duplicate field")) {
            Matcher m = QUOTED.matcher(raw);
            words = "the field " + (m.find() ? Problem.quote(m.group(1)) : "") + " appears twice";
        } else if (raw.contains("UTF-8") || raw.contains("UTF8") || raw.contains("Invalid UTF")) {
            words = "the file is not UTF-8 text";
        } else if (raw.contains("Illegal unquoted character")) {
            words = "a control character inside a text value must be written as an escape (\\n, \\t or \\u0000)";
        } else if (raw.startsWith("Illegal character")) {
            words = "a control character outside a text value (only spaces, tabs and line breaks may be there)";
        } else if (raw.contains("close marker")) {
            words = "a closing brace or bracket that does not match what was opened";
        } else if (raw.contains("Unrecognized character escape")) {
            words = "a backslash in a text value must be written as \\\\ (or start an escape such as \\n)";
        } else if (raw.contains("Invalid escape") || raw.contains("escape sequence")) {
            words = "a \\u escape must have four hexadecimal digits";
        } else if (raw.contains("Leading zero")) {
            words = "a number cannot start with 0";
        } else if (raw.contains("Non-standard token") || raw.contains("NaN") || raw.contains("Infinity")) {
            words = "NaN and Infinity are not numbers in JSON";
        } else if (raw.startsWith("Unrecognized token")) {
            Matcher m = QUOTED.matcher(raw);
            words = "unknown word " + (m.find() ? Problem.quote(m.group(1)) : "")
                    + " (text must be in double quotes; true, false and null are written in lower case)";
        } else if (raw.startsWith("Unexpected character")) {
            Matcher m = UNEXPECTED.matcher(raw);
            String ch = m.find() ? character(Integer.parseInt(m.group(2))) : "a character";
            if (raw.contains("comment")) {
                words = "comments are not allowed in JSON";
            } else if (ch.equals("'\\''")) {
                words = "text and field names must be in double quotes, not single quotes";
            } else if (raw.contains("double-quote to start field name")) {
                words = "unexpected " + ch + " where a field name in double quotes should be (a comma may be "
                        + "left before a closing brace)";
            } else if (raw.contains("expected a value") || raw.contains("expecting a value")) {
                words = "unexpected " + ch + " where a value should be (a comma may be left before a closing "
                        + "bracket)";
            } else if (raw.contains("comma")) {
                words = "unexpected " + ch + " where a comma or the end of the object or list should be";
            } else if (raw.contains("colon")) {
                words = "unexpected " + ch + " where a colon should follow the field name";
            } else {
                words = "unexpected " + ch;
            }
        } else if (raw.contains("Trailing token") || raw.contains("trailing")) {
            words = "unexpected text after the end of the JSON object";
        } else {
            words = "the text is not valid JSON here";
        }
        return new Problem(path.isEmpty() ? "(json)" : path, "malformed JSON at " + where + words, code);
    }

    private static String character(int cp) {
        if (cp < 0x20 || cp == 0x7f) {
            return String.format("control character U+%04X", cp);
        }
        return "'" + (cp == '\'' ? "\\'" : new String(Character.toChars(cp))) + "'";
    }

    /** After the top-level value: anything but the end of the text is a problem. */
    static Problem trailing(JsonParser p) {
        JsonLocation loc = p.currentTokenLocation();
        return new Problem("(json)", "malformed JSON at line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                + ": unexpected text after the end of the JSON object", Problem.Code.MALFORMED);
    }
}
