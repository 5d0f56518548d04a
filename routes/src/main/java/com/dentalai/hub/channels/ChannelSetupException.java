package com.dentalai.hub.channels;

import com.dentalai.hub.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** An onboarding call that cannot be done as the tenant is set up: an answer, never retried. */
class ChannelSetupException extends ProblemException {

    private static final long serialVersionUID = 1L;

    ChannelSetupException(HttpStatus status, String slug, String detail) {
        super(status, slug, detail);
    }
}
