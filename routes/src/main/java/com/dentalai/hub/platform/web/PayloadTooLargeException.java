package com.dentalai.hub.platform.web;

import java.io.IOException;

/** Thrown while reading a body that turns out longer than {@code hub.web.max-body-bytes}. */
public class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
