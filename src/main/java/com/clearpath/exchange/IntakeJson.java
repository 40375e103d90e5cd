package com.clearpath.exchange;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.Screening;
import com.clearpath.domain.ScreeningDetails;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Zone;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes {@code clearpath.intake/1}. Reading never throws for bad input: it returns every problem, each
 * with its field path, combining what the JSON itself gets wrong (syntax, types, unknown codes) with the rules of
 * {@link IntakeValidator}.
 */
public final class IntakeJson {
    static final ObjectMapper MAPPER = Json.mapper();

    private IntakeJson() {
    }

    /** The outcome of reading an intake: the intake if it is valid, otherwise every problem found. */
    public record Read(Intake intake, List<Problem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty() && intake != null;
        }
    }

    /**
     * Reads an intake file's text. The reading stops at {@link IntakeValidator#INTAKE_MAX_BYTES} (a larger intake is
     * one problem, found before the rest is looked at) and at any text value over
     * {@link IntakeValidator#FIELD_MAX_CHARS}.
     */
    public static Read read(String text, LocalDate today) {
        if (text.length() > IntakeValidator.INTAKE_MAX_BYTES) {
            return new Read(null, List.of(tooLarge("(json)")));
        }
        JsonNode root;
        JsonParser p = null;
        try (JsonParser parser = JsonInput.FACTORY.createParser(text)) {
            p = parser;
            if (parser.nextToken() == null) {
                return new Read(null, List.of(Problem.of("", ProblemCode.FILE_EMPTY)));
            }
            root = JsonInput.read(parser, IntakeValidator.INTAKE_MAX_BYTES);
            if (root == null) {
                return new Read(null, List.of(tooLarge("(json)")));
            }
            if (parser.nextToken() != null) {
                return new Read(null, List.of(JsonInput.trailing(parser)));
            }
        } catch (JsonProcessingException e) {
            return new Read(null, List.of(JsonInput.syntaxProblem(e, p)));
        } catch (IOException e) {
            // Reading from a string fails only as malformed input.
            return new Read(null, List.of(Problem.of("(json)", ProblemCode.JSON_NOT_VALID)));
        }
        return read(root, "", today);
    }

    /** An intake over the size limit, at {@code path}: found while reading, so nothing in it was checked. */
    static Problem tooLarge(String path) {
        return Problem.of(path, ProblemCode.INTAKE_TOO_LARGE, IntakeValidator.INTAKE_MAX_BYTES / 1024);
    }

    /** Reads an intake found at {@code prefix} inside a larger document (e.g. {@code consultations[3].intake}). */
    public static Read read(JsonNode root, String prefix, LocalDate today) {
        Fields f = new Fields(prefix);
        if (!root.isObject()) {
            return new Read(null, List.of(Problem.of(prefix, ProblemCode.MUST_BE_JSON_OBJECT)));
        }
        Intake intake = fromNode(root, f);
        List<Problem> all = new ArrayList<>(f.problems);
        // What the JSON already got wrong, with every field above it: a rule about the same field, one inside it
        // or one around it is not said twice. Sets keep this linear in the number of problems.
        Set<String> said = new HashSet<>();
        Set<String> around = new HashSet<>();
        for (Problem s : f.problems) {
            said.add(s.path());
            around.addAll(ancestors(s.path()));
        }
        for (Problem p : new IntakeValidator(today).validate(intake)) {
            Problem located = p.at(join(prefix, p.path()));
            boolean alreadySaid = said.contains(located.path()) || around.contains(located.path())
                    || ancestors(located.path()).stream().anyMatch(said::contains);
            if (!alreadySaid) {
                all.add(located);
            }
        }
        return new Read(all.isEmpty() ? intake : null, all);
    }

    /**
     * Reads an intake the app stored itself, which may be an incomplete draft: no rules are checked, and whatever
     * cannot be read is left empty.
     */
    public static Intake readStored(JsonNode root) {
        return fromNode(root, new Fields(""));
    }

    /** Maps JSON to an intake without validating rules; fields that cannot be read are left null. */
    static Intake fromNode(JsonNode root, Fields f) {
        String format = f.text(root, "format");
        Client client = null;
        JsonNode c = f.object(root, "client");
        if (c != null) {
            Fields cf = f.at("client");
            client = new Client(cf.text(c, "firstName"), cf.text(c, "lastName"), cf.date(c, "dateOfBirth"),
                    cf.text(c, "phone"), cf.text(c, "email"));
        }
        LocalDate consultedOn = f.date(root, "consultedOn");
        String practitioner = f.text(root, "practitioner");
        List<Concern> concerns = new ArrayList<>();
        ArrayNode list = f.array(root, "concerns");
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode n = list.get(i);
                Fields cf = f.at("concerns[" + i + "]");
                if (!n.isObject()) {
                    // Reported here; left out of the list so the rest of the intake can still be checked.
                    f.problems.add(Problem.of(cf.prefix, ProblemCode.CONCERN_NOT_AN_OBJECT));
                    continue;
                }
                concerns.add(new Concern(cf.code(n, "kind", ConcernKind.class), cf.codes(n, "zones", Zone.class),
                        cf.integer(n, "count"), cf.bool(n, "distensible"),
                        cf.code(n, "pigmentDepth", PigmentDepth.class)));
            }
        }
        Integer grade = f.integer(root, "goodmanBaronGrade");
        SkinProfile skin = null;
        JsonNode s = f.object(root, "skin");
        if (s != null) {
            Fields sf = f.at("skin");
            skin = new SkinProfile(sf.integer(s, "fitzpatrick"), sf.code(s, "sensitivity", Sensitivity.class),
                    sf.codes(s, "conditions", SkinCondition.class), sf.integer(s, "fitzpatrickScore"),
                    sf.text(s, "fitzpatrickOverrideReason"));
        }
        ActiveAcne acne = null;
        JsonNode a = f.object(root, "activeAcne");
        if (a != null) {
            Fields af = f.at("activeAcne");
            Boolean nodules = af.bool(a, "nodulesOrCysts");
            acne = new ActiveAcne(af.integer(a, "iga"), Boolean.TRUE.equals(nodules));
        }
        List<Screening> screening = f.codes(root, "screening", Screening.class).stream().distinct().toList();
        ScreeningDetails details = ScreeningDetails.NONE;
        JsonNode d = f.object(root, "screeningDetails");
        if (d != null) {
            Fields df = f.at("screeningDetails");
            details = new ScreeningDetails(df.date(d, "isotretinoinStoppedOn"), df.bool(d, "isotretinoinCurrent"));
        }
        return new Intake(format, client, consultedOn, practitioner, concerns, grade, skin, acne, screening,
                f.text(root, "goals"), f.text(root, "notes"), f.date(root, "eventDate"), f.date(root, "planStartsOn"),
                details);
    }

    public static ObjectNode toNode(Intake intake) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("format", intake.format() == null ? Intake.FORMAT : intake.format());
        Client c = intake.client();
        if (c != null) {
            ObjectNode cn = root.putObject("client");
            putText(cn, "firstName", c.firstName());
            putText(cn, "lastName", c.lastName());
            putText(cn, "dateOfBirth", c.dateOfBirth() == null ? null : c.dateOfBirth().toString());
            putText(cn, "phone", c.phone());
            putText(cn, "email", c.email());
        }
        putText(root, "consultedOn", intake.consultedOn() == null ? null : intake.consultedOn().toString());
        putText(root, "practitioner", intake.practitioner());
        ArrayNode concerns = root.putArray("concerns");
        for (Concern k : intake.concerns()) {
            ObjectNode kn = concerns.addObject();
            if (k.kind() != null) {
                kn.put("kind", k.kind().name());
            }
            ArrayNode zones = kn.putArray("zones");
            k.zones().forEach(z -> zones.add(z.name()));
            if (k.count() != null) {
                kn.put("count", k.count());
            }
            if (k.distensible() != null) {
                kn.put("distensible", k.distensible());
            }
            if (k.pigmentDepth() != null) {
                kn.put("pigmentDepth", k.pigmentDepth().name());
            }
        }
        if (intake.goodmanBaronGrade() != null) {
            root.put("goodmanBaronGrade", intake.goodmanBaronGrade());
        }
        SkinProfile s = intake.skin();
        if (s != null) {
            ObjectNode sn = root.putObject("skin");
            if (s.fitzpatrick() != null) {
                sn.put("fitzpatrick", s.fitzpatrick());
            }
            if (s.sensitivity() != null) {
                sn.put("sensitivity", s.sensitivity().name());
            }
            if (!s.conditions().isEmpty()) {
                ArrayNode cs = sn.putArray("conditions");
                s.conditions().forEach(x -> cs.add(x.name()));
            }
            if (s.fitzpatrickScore() != null) {
                sn.put("fitzpatrickScore", s.fitzpatrickScore());
            }
            putText(sn, "fitzpatrickOverrideReason", s.fitzpatrickOverrideReason());
        }
        ActiveAcne a = intake.activeAcne();
        if (a != null) {
            ObjectNode an = root.putObject("activeAcne");
            if (a.iga() != null) {
                an.put("iga", a.iga());
            }
            an.put("nodulesOrCysts", a.nodulesOrCysts());
        }
        if (!intake.screening().isEmpty()) {
            ArrayNode sc = root.putArray("screening");
            intake.screening().forEach(x -> sc.add(x.name()));
        }
        ScreeningDetails d = intake.screeningDetails();
        if (!d.isEmpty()) {
            ObjectNode dn = root.putObject("screeningDetails");
            putText(dn, "isotretinoinStoppedOn", d.isotretinoinStoppedOn() == null ? null
                    : d.isotretinoinStoppedOn().toString());
            if (d.isotretinoinCurrent() != null) {
                dn.put("isotretinoinCurrent", d.isotretinoinCurrent());
            }
        }
        putText(root, "goals", intake.goals());
        putText(root, "notes", intake.notes());
        putText(root, "eventDate", intake.eventDate() == null ? null : intake.eventDate().toString());
        putText(root, "planStartsOn", intake.planStartsOn() == null ? null : intake.planStartsOn().toString());
        return root;
    }

    public static String write(Intake intake) {
        return Json.pretty(toNode(intake));
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? prefix : prefix + "." + path;
    }

    /** The paths above {@code path}: {@code a.b[2].c} gives {@code a.b[2]}, {@code a.b}, {@code a}. */
    private static List<String> ancestors(String path) {
        List<String> out = new ArrayList<>();
        for (int i = path.length() - 1; i > 0; i--) {
            char ch = path.charAt(i);
            if (ch == '.' || ch == '[') {
                out.add(path.substring(0, i));
            }
        }
        return out;
    }

    /** Typed field access that records a problem (and returns null) instead of throwing. */
    static final class Fields {
        final String prefix;
        final List<Problem> problems;

        Fields(String prefix) {
            this(prefix, new ArrayList<>());
        }

        private Fields(String prefix, List<Problem> problems) {
            this.prefix = prefix;
            this.problems = problems;
        }

        Fields at(String child) {
            return new Fields(join(prefix, child), problems);
        }

        private String path(String field) {
            return join(prefix, field);
        }

        private JsonNode get(JsonNode parent, String field) {
            JsonNode n = parent.get(field);
            return n == null || n.isNull() ? null : n;
        }

        String text(JsonNode parent, String field) {
            JsonNode n = get(parent, field);
            if (n == null) {
                return null;
            }
            if (!n.isTextual()) {
                problems.add(Problem.of(path(field), ProblemCode.MUST_BE_TEXT_GOT, describe(n)));
                return null;
            }
            return n.textValue();
        }

        Integer integer(JsonNode parent, String field) {
            JsonNode n = get(parent, field);
            if (n == null) {
                return null;
            }
            if (!n.isIntegralNumber() || !n.canConvertToInt()) {
                problems.add(Problem.of(path(field), ProblemCode.MUST_BE_WHOLE_NUMBER_GOT, describe(n)));
                return null;
            }
            return n.intValue();
        }

        Boolean bool(JsonNode parent, String field) {
            JsonNode n = get(parent, field);
            if (n == null) {
                return null;
            }
            if (!n.isBoolean()) {
                problems.add(Problem.of(path(field), ProblemCode.MUST_BE_TRUE_OR_FALSE_GOT, describe(n)));
                return null;
            }
            return n.booleanValue();
        }

        LocalDate date(JsonNode parent, String field) {
            String s = text(parent, field);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s.strip());
            } catch (DateTimeParseException e) {
                problems.add(Problem.of(path(field), ProblemCode.NOT_A_DATE, s));
                return null;
            }
        }

        JsonNode object(JsonNode parent, String field) {
            JsonNode n = get(parent, field);
            if (n == null) {
                return null;
            }
            if (!n.isObject()) {
                problems.add(Problem.of(path(field), ProblemCode.MUST_BE_OBJECT_GOT, describe(n)));
                return null;
            }
            return n;
        }

        ArrayNode array(JsonNode parent, String field) {
            JsonNode n = get(parent, field);
            if (n == null) {
                return null;
            }
            if (!n.isArray()) {
                problems.add(Problem.of(path(field), ProblemCode.MUST_BE_LIST_GOT, describe(n)));
                return null;
            }
            return (ArrayNode) n;
        }

        <E extends Enum<E>> E code(JsonNode parent, String field, Class<E> type) {
            JsonNode n = get(parent, field);
            return n == null ? null : parseCode(n, path(field), type);
        }

        <E extends Enum<E>> List<E> codes(JsonNode parent, String field, Class<E> type) {
            ArrayNode list = array(parent, field);
            List<E> out = new ArrayList<>();
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    E e = parseCode(list.get(i), path(field) + "[" + i + "]", type);
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
            return out;
        }

        private <E extends Enum<E>> E parseCode(JsonNode n, String path, Class<E> type) {
            if (!n.isTextual()) {
                problems.add(Problem.of(path, ProblemCode.MUST_BE_CODE_GOT, describe(n)));
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(n.textValue())) {
                    return e;
                }
            }
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            problems.add(Problem.of(path, ProblemCode.UNKNOWN_CODE_EXPECTED, n.textValue(), allowed));
            return null;
        }

        /** A wrong value as a VALUE argument: containers by kind (never serialised whole), text, or JSON cut short. */
        private static String describe(JsonNode n) {
            if (n.isObject()) {
                return "object";
            }
            if (n.isArray()) {
                return "list";
            }
            if (n.isTextual()) {
                return "text:" + n.textValue();
            }
            String s = n.toString();
            return "json:" + (s.length() > Problem.QUOTE_MAX ? s.substring(0, Problem.QUOTE_MAX - 3) + "..." : s);
        }
    }
}
