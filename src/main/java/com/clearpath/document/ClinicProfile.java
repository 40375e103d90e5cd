package com.clearpath.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The clinic as it appears at the top of every document: name, postal address (lines separated by newlines),
 * phone and an optional logo PNG. Blank address or phone lines are left out; without a logo the Clearpath mark is
 * drawn.
 */
public record ClinicProfile(String name, String address, String phone, byte[] logoPng) {
    /** Used until the clinic fills in its details in the settings. */
    public static final String DEFAULT_NAME = "Clearpath Consult";

    public ClinicProfile {
        name = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        address = address == null ? "" : address.strip();
        phone = phone == null ? "" : phone.strip();
        logoPng = logoPng == null || logoPng.length == 0 ? null : logoPng.clone();
    }

    public static ClinicProfile defaultProfile() {
        return new ClinicProfile(DEFAULT_NAME, "", "", null);
    }

    public Optional<byte[]> logo() {
        return Optional.ofNullable(logoPng).map(byte[]::clone);
    }

    @Override
    public byte[] logoPng() {
        return logoPng == null ? null : logoPng.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClinicProfile c && name.equals(c.name) && address.equals(c.address)
                && phone.equals(c.phone) && Arrays.equals(logoPng, c.logoPng);
    }

    @Override
    public int hashCode() {
        return ((name.hashCode() * 31 + address.hashCode()) * 31 + phone.hashCode()) * 31 + Arrays.hashCode(logoPng);
    }

    @Override
    public String toString() {
        return "ClinicProfile[" + name + ", logo " + (logoPng == null ? "none" : logoPng.length + " bytes") + "]";
    }
}
