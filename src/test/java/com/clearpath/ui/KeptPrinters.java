package com.clearpath.ui;

import com.clearpath.app.Printers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Printers that keep what they are sent, so printing from the app can be checked without a print server. */
final class KeptPrinters implements Printers {
    /** One print job as it arrived. */
    record Job(String printer, int copies, byte[] pdf) {
    }

    static final String FRONT_DESK = "Front desk";
    static final String BACK_OFFICE = "Back office";

    final List<Job> jobs = new CopyOnWriteArrayList<>();

    @Override
    public List<String> names() {
        return List.of(FRONT_DESK, BACK_OFFICE);
    }

    @Override
    public Optional<String> defaultPrinter() {
        return Optional.of(FRONT_DESK);
    }

    @Override
    public void print(byte[] pdf, Optional<String> printer, int copies) {
        jobs.add(new Job(printer.orElse(FRONT_DESK), copies, pdf.clone()));
    }
}
