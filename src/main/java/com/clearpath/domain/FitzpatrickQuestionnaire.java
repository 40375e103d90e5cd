package com.clearpath.domain;

import java.util.List;

/**
 * The standard Fitzpatrick self-assessment (reference E1): ten questions in three groups, each answered 0–4. The
 * total decides the type by {@link #BAND_STARTS}, the one statement of the bands. The wording lives in the UI's
 * message bundles.
 */
public final class FitzpatrickQuestionnaire {
    public static final int ANSWERS = 5;
    public static final int MAX_ANSWER = ANSWERS - 1;

    public enum Group { GENETIC, REACTION, HABITS }

    public enum Item {
        EYES(Group.GENETIC),
        HAIR(Group.GENETIC),
        SKIN(Group.GENETIC),
        FRECKLES(Group.GENETIC),
        BURN(Group.REACTION),
        TAN_DEPTH(Group.REACTION),
        TAN_SPEED(Group.REACTION),
        FACE(Group.REACTION),
        LAST_EXPOSURE(Group.HABITS),
        AREA_EXPOSURE(Group.HABITS);

        private final Group group;

        Item(Group group) {
            this.group = group;
        }

        public Group group() {
            return group;
        }
    }

    /** The items in the order they are asked. */
    public static final List<Item> ITEMS = List.of(Item.values());

    /** The lowest score of each type's band (types I–VI), for showing the bands next to the live score. */
    public static final List<Integer> BAND_STARTS = List.of(0, 7, 14, 21, 28, 35);

    private FitzpatrickQuestionnaire() {
    }

    /** "0–6", "7–13", …, "35–40" for type 1–6. */
    public static String band(int type) {
        int from = BAND_STARTS.get(type - 1);
        int to = type == 6 ? SkinProfile.SCORE_MAX : BAND_STARTS.get(type) - 1;
        return from + "\u2013" + to;
    }

    /** The Fitzpatrick type (1–6) a questionnaire total falls in. */
    public static int typeForScore(int score) {
        int type = 1;
        for (int i = 1; i < BAND_STARTS.size(); i++) {
            if (score >= BAND_STARTS.get(i)) {
                type = i + 1;
            }
        }
        return type;
    }
}
