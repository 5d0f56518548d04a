package com.dentalai.hub.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception an API call can raise into an RFC 7807 problem. Field names in
 * {@code errors} are the JSON names the client sent (snake_case), not Java property names, so a
 * client can point at the exact field it got wrong.
 */
@RestControllerAdvice
class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ObjectMapper json;
    private final Map<Class<?>, Map<String, String>> jsonNames = new ConcurrentHashMap<>();

    ProblemExceptionHandler(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex, WebRequest request) {
        return render(ex.problem(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleDenied(AccessDeniedException ex, WebRequest request) {
        return render(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You may not do this"), request);
    }

    /** The route gate's refusal: its reason names roles, permissions and tenants, never data. */
    @ExceptionHandler(com.dentalai.hub.platform.gate.AccessDeniedException.class)
    ResponseEntity<Object> handleGateDenied(
            com.dentalai.hub.platform.gate.AccessDeniedException ex, WebRequest request) {
        return render(Problems.of(HttpStatus.FORBIDDEN, "forbidden", ex.reason()), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleUnauthenticated(AuthenticationException ex, WebRequest request) {
        return render(Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required"), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> handleDuplicate(DuplicateKeyException ex, WebRequest request) {
        return render(
                Problems.of(HttpStatus.CONFLICT, "conflict", "A record with the same key already exists"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        LOG.error("Unhandled error answering {}", path(request), ex);
        return render(
                Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Unexpected error; quote the correlation id"),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Class<?> target = ex.getParameter().getParameterType();
        List<Problems.FieldError> errors = fieldErrors(ex.getBindingResult(), target);
        return render(validationProblem(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors()
                .forEach(e -> errors.add(new Problems.FieldError(
                        r.getMethodParameter().getParameterName(), String.valueOf(e.getDefaultMessage())))));
        return render(validationProblem(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (RequestBodyLimitFilter.causedByOversize(ex)) {
            return render(
                    Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Request body is too large"),
                    request);
        }
        if (ex.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return render(
                    validationProblem(List.of(new Problems.FieldError(field, "has the wrong type or format"))),
                    request);
        }
        String detail = ex.getCause() instanceof JsonProcessingException
                ? "The body is not valid JSON"
                : "The body is missing or unreadable";
        return render(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", detail), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring's own problems (404 no handler, 405, 415 …): keep status and detail, add our type and id
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail() : null;
        HttpStatus known = HttpStatus.resolve(status.value());
        String slug = known == null
                ? "http-" + status.value()
                : known.name().toLowerCase().replace('_', '-');
        ProblemDetail problem = Problems.of(status, slug, detail);
        ResponseEntity<Object> rendered = render(problem, request);
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(rendered.getBody());
    }

    private static ProblemDetail validationProblem(List<Problems.FieldError> errors) {
        return Problems.withErrors(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields", errors);
    }

    private List<Problems.FieldError> fieldErrors(BindingResult result, Class<?> target) {
        List<Problems.FieldError> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(e ->
                        errors.add(new Problems.FieldError(jsonPath(target, e.getField()), e.getDefaultMessage())));
        result.getGlobalErrors()
                .forEach(e -> errors.add(new Problems.FieldError(e.getObjectName(), e.getDefaultMessage())));
        errors.sort(java.util.Comparator.comparing(Problems.FieldError::field));
        return errors;
    }

    /** {@code displayName[0]} → {@code display_name[0]} using the type's own Jackson naming. */
    private String jsonPath(Class<?> target, String javaPath) {
        int cut = indexOfAny(javaPath);
        String head = cut < 0 ? javaPath : javaPath.substring(0, cut);
        String tail = cut < 0 ? "" : javaPath.substring(cut);
        return namesOf(target).getOrDefault(head, head) + tail;
    }

    private static int indexOfAny(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '.' || s.charAt(i) == '[') {
                return i;
            }
        }
        return -1;
    }

    private Map<String, String> namesOf(Class<?> type) {
        return jsonNames.computeIfAbsent(type, t -> {
            JavaType javaType = json.constructType(t);
            List<BeanPropertyDefinition> props =
                    json.getDeserializationConfig().introspect(javaType).findProperties();
            Map<String, String> names = new java.util.HashMap<>();
            props.forEach(p -> names.put(p.getInternalName(), p.getName()));
            return names;
        });
    }

    private static ResponseEntity<Object> render(ProblemDetail problem, WebRequest request) {
        if (problem.getInstance() == null && request instanceof ServletWebRequest swr) {
            problem.setInstance(Problems.instance(swr.getRequest().getRequestURI()));
        }
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String path(WebRequest request) {
        if (request instanceof ServletWebRequest swr) {
            HttpServletRequest r = swr.getRequest();
            return r.getMethod() + " " + r.getRequestURI();
        }
        return "?";
    }
}
