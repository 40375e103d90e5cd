package com.clearpath.document.layout;

public enum Align { LEFT, CENTER, RIGHT }
