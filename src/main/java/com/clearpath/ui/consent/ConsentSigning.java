package com.clearpath.ui.consent;

import com.clearpath.domain.Signature;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One consent being signed on screen: the text the client reads, their signature pad, the practitioner's typed
 * name and optional countersignature. {@link #sign()} refuses an empty pad, a dot or a blank name and says which,
 * so the screen can show the reason next to what needs doing; a refusal goes as soon as that part is touched again.
 */
public final class ConsentSigning {
    /** Why a pad's drawing is not taken as a signature. */
    public enum SignatureProblem {
        /** Nothing drawn on a pad that must be signed. */
        NOT_SIGNED,
        /** Something drawn, but too short to be a signature: a dot or a slip. */
        TOO_SHORT
    }

    /** The pads' sizes before the screen lays them out: a signature line's width, a hand's height. */
    private static final double CLIENT_WIDTH = 440;
    private static final double CLIENT_HEIGHT = 160;
    private static final double PRACTITIONER_WIDTH = 440;
    private static final double PRACTITIONER_HEIGHT = 100;

    private final ConsentReading reading;
    private final SignatureStrokes client = new SignatureStrokes(CLIENT_WIDTH, CLIENT_HEIGHT);
    private final SignatureStrokes practitioner = new SignatureStrokes(PRACTITIONER_WIDTH, PRACTITIONER_HEIGHT);
    private final StringProperty practitionerName = new SimpleStringProperty(this, "practitionerName", "");
    private final ReadOnlyObjectWrapper<SignatureProblem> clientProblem = new ReadOnlyObjectWrapper<>(this, "clientProblem");
    private final ReadOnlyObjectWrapper<SignatureProblem> practitionerProblem =
            new ReadOnlyObjectWrapper<>(this, "practitionerProblem");
    private final ReadOnlyBooleanWrapper nameMissing = new ReadOnlyBooleanWrapper(this, "nameMissing");
    private final BooleanBinding drawnOn;
    private Consumer<Signed> onSigned = s -> { };

    public ConsentSigning(ConsentReading reading) {
        this.reading = Objects.requireNonNull(reading, "reading");
        client.revisionProperty().addListener((o, was, now) -> clientProblem.set(null));
        practitioner.revisionProperty().addListener((o, was, now) -> practitionerProblem.set(null));
        practitionerName.addListener((o, was, now) -> {
            if (now != null && !now.isBlank()) {
                nameMissing.set(false);
            }
        });
        drawnOn = Bindings.createBooleanBinding(() -> !client.isEmpty() || !practitioner.isEmpty(),
                client.revisionProperty(), practitioner.revisionProperty());
    }

    public ConsentReading reading() {
        return reading;
    }

    public SignatureStrokes client() {
        return client;
    }

    public SignatureStrokes practitioner() {
        return practitioner;
    }

    /** Told once, with the signatures, when {@link #sign()} succeeds. */
    public void onSigned(Consumer<Signed> listener) {
        onSigned = listener == null ? s -> { } : listener;
    }

    /**
     * The consent signed, when the client's pad holds a signature, the practitioner has typed their name and any
     * countersignature is a signature too; otherwise empty, with each reason in its problem property.
     */
    public Optional<Signed> sign() {
        Signature clientSignature = client.signature();
        clientProblem.set(problem(clientSignature, true));
        Signature countersignature = practitioner.signature();
        practitionerProblem.set(problem(countersignature, false));
        String name = practitionerName.get() == null ? "" : practitionerName.get().strip();
        nameMissing.set(name.isEmpty());
        if (clientProblem.get() != null || practitionerProblem.get() != null || nameMissing.get()) {
            return Optional.empty();
        }
        Signed signed = new Signed(clientSignature, name,
                countersignature.strokes().isEmpty() ? Optional.empty() : Optional.of(countersignature));
        onSigned.accept(signed);
        return Optional.of(signed);
    }

    private static SignatureProblem problem(Signature signature, boolean required) {
        if (signature.strokes().isEmpty()) {
            return required ? SignatureProblem.NOT_SIGNED : null;
        }
        return signature.isSigned() ? null : SignatureProblem.TOO_SHORT;
    }

    public StringProperty practitionerNameProperty() {
        return practitionerName;
    }

    public ReadOnlyObjectProperty<SignatureProblem> clientProblemProperty() {
        return clientProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SignatureProblem> practitionerProblemProperty() {
        return practitionerProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty nameMissingProperty() {
        return nameMissing.getReadOnlyProperty();
    }

    /** True while either pad holds strokes: leaving then would lose them, so Cancel asks first. */
    public BooleanBinding drawnOnProperty() {
        return drawnOn;
    }
}
