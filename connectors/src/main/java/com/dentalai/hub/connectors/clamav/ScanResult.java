package com.dentalai.hub.connectors.clamav;

/** What the virus scanner said: clean, or the signature it found. */
public record ScanResult(boolean clean, String signature) {

    public static ScanResult ok() {
        return new ScanResult(true, null);
    }
}
