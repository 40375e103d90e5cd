package com.clearpath.domain;

/** Active acne today: IGA 0–4 and whether any nodule or cyst is present. */
public record ActiveAcne(Integer iga, boolean nodulesOrCysts) {
}
