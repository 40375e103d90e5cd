package com.clearpath.domain;

/**
 * Why a photo was not added or cannot be shown; the words are made at the edge. Every code but
 * {@link #NO_CLINICAL_CONSENT}, {@link #CLIENT_NOT_RECORDED},
 * {@link #REASON_REQUIRED} and {@link #NOT_FOUND} is about one file, which the refusal names.
 */
public enum PhotoRefusal {
    /** The client has not agreed to photos for their clinical record. */
    NO_CLINICAL_CONSENT,
    /** The consultation's client is not in the records yet (a new client's draft): consent has no one to belong to. */
    CLIENT_NOT_RECORDED,
    /** A photo is deleted only with a reason. */
    REASON_REQUIRED,
    /** No such photo or consultation in the records (or the photo was deleted). */
    NOT_FOUND,
    /** The file is not a JPEG or PNG image (by its content, whatever its name says). */
    NOT_AN_IMAGE,
    /** A HEIC/HEIF photo (iPhone default): no maintained pure-Java decoder exists, so it must be saved as JPEG. */
    HEIC_NOT_SUPPORTED,
    /** The JPEG or PNG ends before its image does (copied or downloaded only in part). */
    TRUNCATED,
    /** The image declares more pixels than a photo may have. */
    TOO_MANY_PIXELS,
    /** The image's data cannot be decoded (damaged). */
    DAMAGED,
    /** The file is larger than a photo may be. */
    FILE_TOO_LARGE,
    /** The file is not where it was (moved or removed by hand). */
    FILE_MISSING,
    /** The file is there but cannot be read (permissions, disk). */
    FILE_UNREADABLE
}
