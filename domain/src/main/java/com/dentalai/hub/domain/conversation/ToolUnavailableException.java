package com.dentalai.hub.domain.conversation;

/**
 * A tool could not reach the clinic's system (Odoo down, circuit open, timeout). The message names
 * the tool, never patient data.
 */
public class ToolUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String tool;

    public ToolUnavailableException(String tool, String message, Throwable cause) {
        super(message, cause);
        this.tool = tool;
    }

    public ToolUnavailableException(String tool, String message) {
        this(tool, message, null);
    }

    public String tool() {
        return tool;
    }
}
