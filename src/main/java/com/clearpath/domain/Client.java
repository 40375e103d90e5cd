package com.clearpath.domain;

import java.time.LocalDate;

/** Who the consultation is for. Phone and email are optional. */
public record Client(String firstName, String lastName, LocalDate dateOfBirth, String phone, String email) {
}
