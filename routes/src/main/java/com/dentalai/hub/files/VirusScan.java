package com.dentalai.hub.files;

import com.dentalai.hub.connectors.clamav.ClamdScanner;
import com.dentalai.hub.connectors.clamav.ScanResult;
import java.util.Optional;

/**
 * The optional clamd scan: when configured, every original is scanned before anything decodes
 * it; an unreachable scanner throws (retried, then dead-lettered), it never lets a file through
 * unscanned.
 */
final class VirusScan {

    private final Optional<ClamdScanner> scanner;

    VirusScan(Optional<ClamdScanner> scanner) {
        this.scanner = scanner;
    }

    ScanResult scan(byte[] bytes) {
        return scanner.map(s -> s.scan(bytes)).orElse(ScanResult.ok());
    }
}
