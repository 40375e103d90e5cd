package com.clearpath.ui.wizard;

import com.clearpath.domain.Protocol;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.StepPurpose;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Visit;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The agreed protocol as a picture: one row per step, a bar over the weeks it runs (solid for clinic visits, pale
 * for daily home care), a dot for each suggested visit, month marks above, and the client's event as an upright
 * line. Laid out to the width it is given; a step's name too long for the label column wraps and its row grows.
 * Drawing is a handful of shapes, so it stays on the FX thread.
 */
final class ProtocolTimeline extends Region {
    static final double LABEL_WIDTH = 260;
    static final double MIN_LABEL_WIDTH = 150;
    static final double ROW = 30;
    static final double AXIS = 24;
    private DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", Locale.US);
    private DateTimeFormatter day = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    /** One row: its label, the weeks its bar spans, the weeks of its visits, and whether it is home care. */
    private record Row(Label label, Rectangle bar, List<Circle> visits, double from, double to, List<Double> visitWeeks) {
    }

    private record Tick(Label label, Line line, double week) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Tick> ticks = new ArrayList<>();
    private Line eventLine;
    private Label eventLabel;
    private double eventWeek;
    private double span = 12;

    ProtocolTimeline() {
        getStyleClass().add("protocol-timeline");
        setId("protocol-timeline");
        setAccessibleRole(AccessibleRole.TEXT);
        setMinHeight(AXIS + ROW);
    }

    /**
     * Shows {@code p}; {@code names} gives each treatment's name, {@code purpose} each step's purpose words, and
     * {@code locale} the month marks ("Dec 3" / "3 dic").
     */
    void show(Protocol p, LocalDate event, Function<Treatment, String> names, Function<StepPurpose, String> purpose,
              String eventWords, String spoken, Locale locale) {
        month = DateTimeFormatter.ofPattern("MMM", locale);
        day = DateTimeFormatter.ofPattern(dayPattern(locale), locale);
        getChildren().clear();
        rows.clear();
        ticks.clear();
        eventLine = null;
        eventLabel = null;
        LocalDate start = p.startsOn();
        double end = 8;
        double firstVisit = Double.MAX_VALUE;
        for (Visit v : p.visits()) {
            double w = weeks(start, v.date());
            firstVisit = Math.min(firstVisit, w);
            end = Math.max(end, weeks(start, v.downtimeUntil() == null ? v.date() : v.downtimeUntil()) + 2);
        }
        if (event != null && !event.isBefore(start)) {
            end = Math.max(end, weeks(start, event) + 2);
        }
        span = Math.ceil(end);
        for (ProtocolStep s : p.steps()) {
            // The number as the label's graphic, so a wrapped name's second line lines up under its first.
            Label order = new Label(Integer.toString(s.order()));
            order.getStyleClass().add("timeline-order");
            order.setMinWidth(Region.USE_PREF_SIZE);
            Label label = new Label(names.apply(s.treatment()), order);
            label.getStyleClass().add("timeline-label");
            label.setGraphicTextGap(8);
            label.setTooltip(null);
            label.setWrapText(true);
            Rectangle bar = new Rectangle();
            bar.setArcWidth(8);
            bar.setArcHeight(8);
            bar.getStyleClass().add(s.inClinic() ? "timeline-bar" : "timeline-bar-home");
            List<Double> weeks = new ArrayList<>();
            List<Circle> dots = new ArrayList<>();
            for (Visit v : p.visits()) {
                if (v.treatments().contains(s.treatment())) {
                    weeks.add(weeks(start, v.date()));
                    Circle c = new Circle(5);
                    c.getStyleClass().add("timeline-visit");
                    dots.add(c);
                }
            }
            double from = weeks.isEmpty() ? s.startWeek().min() : weeks.get(0);
            double to;
            if (!s.inClinic()) {
                // Priming runs until the first procedure; other home care goes on past the picture's end.
                to = s.purpose() == StepPurpose.PRIME && firstVisit != Double.MAX_VALUE && firstVisit > from ? firstVisit : span;
            } else if (weeks.isEmpty()) {
                to = from + 1;
            } else {
                to = weeks.get(weeks.size() - 1) + 1;
            }
            getChildren().add(bar);
            getChildren().addAll(dots);
            getChildren().add(label);
            rows.add(new Row(label, bar, dots, from, Math.max(to, from + 0.5), weeks));
        }
        // A mark at the first of each month (every second or third on a long plan), labelled with the month.
        long months = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), start.plusWeeks((long) span).withDayOfMonth(1));
        int every = months > 14 ? 3 : months > 8 ? 2 : 1;
        LocalDate m = start.withDayOfMonth(1).plusMonths(1);
        for (int i = 1; !m.isAfter(start.plusWeeks((long) span)); i++, m = m.plusMonths(1)) {
            // Every second or third month on a long plan; none so close to the start that the two labels collide.
            if (i % every != 0 || weeks(start, m) < 3) {
                continue;
            }
            String text = month.format(m) + (m.getMonthValue() == 1 ? " " + m.getYear() : "");
            tick(text, weeks(start, m));
        }
        tick(day.format(start), 0);
        if (event != null && !event.isBefore(start)) {
            eventWeek = weeks(start, event);
            eventLine = new Line();
            eventLine.getStyleClass().add("timeline-event");
            eventLabel = new Label(eventWords);
            eventLabel.getStyleClass().add("timeline-event-label");
            eventLabel.setId("protocol-timeline-event");
            getChildren().addAll(eventLine, eventLabel);
        }
        setAccessibleText(spoken);
        requestLayout();
    }

    private void tick(String text, double week) {
        Label l = new Label(text);
        l.getStyleClass().add("timeline-tick");
        Line line = new Line();
        line.getStyleClass().add("timeline-grid");
        getChildren().add(0, line);
        getChildren().add(l);
        ticks.add(new Tick(l, line, week));
    }

    /** The locale's medium date without its year: "MMM d" in English, "d MMM" in Spanish. */
    static String dayPattern(Locale locale) {
        String medium = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale);
        String withoutYear = medium.replaceAll("[,.\\s]*y+[,.]?", "").strip();
        return withoutYear.isEmpty() ? "MMM d" : withoutYear;
    }

    /** A row's height: the usual one, or more when its label wraps to two lines or more. */
    private double rowHeight(Row r, double labels) {
        return Math.max(ROW, Math.ceil(r.label().prefHeight(labels - 10)) + 8);
    }

    private double rowsHeight(double labels) {
        double sum = 0;
        for (Row r : rows) {
            sum += rowHeight(r, labels);
        }
        return sum;
    }

    /** The label column: its full width, or two fifths of a narrow timeline so the weeks keep room to read. */
    private double labelWidth(double width) {
        if (width <= 0) {
            return LABEL_WIDTH;
        }
        return Math.min(LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, (width - snappedLeftInset() - snappedRightInset()) * 0.4));
    }

    private static double weeks(LocalDate start, LocalDate d) {
        return ChronoUnit.DAYS.between(start, d) / 7.0;
    }

    private double x(double week, double left, double width) {
        return left + width * Math.max(0, Math.min(week, span)) / span;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + AXIS + rowsHeight(labelWidth(width)) + (eventLine != null ? 22 : 6)
                + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return LABEL_WIDTH + 420;
    }

    @Override
    protected double computeMinWidth(double height) {
        return MIN_LABEL_WIDTH + 160;
    }

    @Override
    public Orientation getContentBias() {
        // Rows grow when their labels wrap, and they wrap sooner in a narrow timeline.
        return Orientation.HORIZONTAL;
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double labels = labelWidth(getWidth());
        double left = snappedLeftInset() + labels;
        double width = Math.max(40, getWidth() - left - snappedRightInset() - 12);
        double bottom = top + AXIS + rowsHeight(labels);
        // Left to right; a month mark whose words would run into the previous one's keeps its line, not its words.
        double taken = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks.stream().sorted(Comparator.comparingDouble(Tick::week)).toList()) {
            double x = x(t.week(), left, width);
            t.label().autosize();
            double at = Math.min(x + 3, left + width - t.label().getWidth());
            t.label().relocate(at, top + 2);
            t.label().setVisible(at >= taken + 6);
            if (t.label().isVisible()) {
                taken = at + t.label().getWidth();
            }
            t.line().setStartX(x);
            t.line().setEndX(x);
            t.line().setStartY(top + 4);
            t.line().setEndY(bottom);
        }
        double y = top + AXIS;
        for (Row r : rows) {
            double h = rowHeight(r, labels);
            r.label().resizeRelocate(snappedLeftInset(), y + 4, labels - 10, h - 8);
            double x0 = x(r.from(), left, width);
            double x1 = Math.max(x0 + 6, x(r.to(), left, width));
            // The bar and its dots sit on the row's middle, beside a label of one line or two.
            double middle = y + h / 2;
            r.bar().setX(x0);
            r.bar().setY(middle - (ROW - 16) / 2);
            r.bar().setWidth(x1 - x0);
            r.bar().setHeight(ROW - 16);
            for (int k = 0; k < r.visits().size(); k++) {
                Circle c = r.visits().get(k);
                c.setCenterX(Math.max(x0 + 5, x(r.visitWeeks().get(k), left, width) + 5));
                c.setCenterY(middle);
            }
            y += h;
        }
        if (eventLine != null) {
            double x = x(eventWeek, left, width);
            eventLine.setStartX(x);
            eventLine.setEndX(x);
            eventLine.setStartY(top + AXIS - 4);
            eventLine.setEndY(bottom);
            eventLabel.autosize();
            eventLabel.relocate(Math.max(left, Math.min(x - eventLabel.getWidth() / 2, left + width - eventLabel.getWidth())),
                    bottom + 1);
        }
    }
}
