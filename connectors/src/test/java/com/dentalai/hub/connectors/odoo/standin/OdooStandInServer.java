package com.dentalai.hub.connectors.odoo.standin;

import com.dentalai.hub.connectors.odoo.standin.StandInFault.Type;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback Odoo 17 that speaks the real external API: XML-RPC ({@code /xmlrpc/2/common},
 * {@code /xmlrpc/2/object}), JSON-RPC ({@code /jsonrpc}) and JSON-2 ({@code /json/2/<model>/<method>}),
 * over an in-memory ORM with the standard Community and dental add-on models. Values and faults
 * follow the recorded exchanges (see {@code OdooStandInFixtureTest}).
 *
 * <p>Users: {@code admin/admin} (uid 2), {@code demo/demo} (uid 6), {@code readonly/readonly}
 * (uid 7, may read but not create, write or delete). Test hooks: {@link #setLatency},
 * {@link #setServiceUnavailable}, {@link #stopListening}, {@link #setReadOnly}, {@link #callCount}.
 */
public final class OdooStandInServer implements AutoCloseable {

    public static final String DEFAULT_DATABASE = "odoo17";
    public static final long SUPERUSER = 1L;
    public static final long ADMIN_UID = 2L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "17.0";

    private final String database;
    private final StandInOrm orm;
    private final Map<String, Credentials> users = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final SecureRandom random = new SecureRandom();
    private volatile Duration latency = Duration.ZERO;
    private volatile boolean unavailable;
    private final AtomicInteger failNext = new AtomicInteger();
    private ExecutorService executor;
    private HttpServer http;
    private int port;

    private record Credentials(long uid, String password, List<String> apiKeys) {}

    static {
        // the JDK server writes headers and body separately: without TCP_NODELAY every answer waits
        // ~40 ms for a delayed ACK, which would hide the client's own overhead in the figures
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public OdooStandInServer() {
        this(DEFAULT_DATABASE);
    }

    public OdooStandInServer(String database) {
        this(database, Clock.systemUTC());
    }

    /** With a clock of the test's choosing: create_date/write_date come from it. */
    public OdooStandInServer(String database, Clock clock) {
        this.database = database;
        this.orm = new StandInOrm(clock);
        seedBase();
    }

    // ---------------------------------------------------------------- lifecycle

    public synchronized OdooStandInServer start() {
        return start(0);
    }

    /** Starts on a fixed port (0 = ephemeral), e.g. 8069 for a sandbox Odoo beside the demo hub. */
    public synchronized OdooStandInServer start(int wantedPort) {
        if (http != null) {
            return this;
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "odoo-standin-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        listen(wantedPort);
        return this;
    }

    /** A sandbox Odoo from the command line: {@code [port=8069] [database=odoo17]}. */
    public static void main(String[] args) throws InterruptedException {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 8069;
        OdooStandInServer server = new OdooStandInServer(args.length > 1 ? args[1] : DEFAULT_DATABASE).start(wanted);
        System.out.println("Odoo stand-in at " + server.url() + " database " + server.database() + " (admin/admin)");
        server.closing.await();
    }

    public int port() {
        return port;
    }

    /** Base URL, e.g. {@code http://127.0.0.1:43125}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String database() {
        return database;
    }

    @Override
    public synchronized void close() {
        closing.countDown();
        if (http != null) {
            http.stop(0);
            http = null;
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Odoo is down: connections are refused until {@link #resumeListening()}. */
    public synchronized void stopListening() {
        if (http != null) {
            http.stop(0);
            http = null;
        }
    }

    public synchronized void resumeListening() {
        if (http == null) {
            listen(port);
        }
    }

    // ---------------------------------------------------------------- test hooks

    /** Every request waits this long before it is served (a slow or hanging Odoo). */
    public void setLatency(Duration latency) {
        this.latency = latency == null ? Duration.ZERO : latency;
    }

    /** Answer 503 like a reverse proxy in front of a dead Odoo. */
    public void setServiceUnavailable(boolean unavailable) {
        this.unavailable = unavailable;
    }

    /** The next {@code count} requests answer 503 (a proxy while Odoo restarts), then normal service. */
    public void failNextRequests(int count) {
        failNext.set(count);
    }

    /** The user may still read but gets Odoo's AccessError on create/write/unlink/message_post. */
    public void setReadOnly(String login, boolean readOnly) {
        orm.setReadOnly(credentials(login).uid(), readOnly);
    }

    /** Calls served per method: ORM methods by name ({@code search_read}), plus {@code version}, {@code authenticate}. */
    public long callCount(String method) {
        AtomicLong n = calls.get(method);
        return n == null ? 0 : n.get();
    }

    /** HTTP requests served (all protocols). */
    public long totalCalls() {
        return requests.get();
    }

    public void resetCallCounts() {
        calls.clear();
        requests.set(0);
    }

    // ---------------------------------------------------------------- users and seeding

    /** Adds a user (and its partner); returns the uid. */
    public long addUser(String login, String password, String name) {
        long partner = (Long) superuser("res.partner", "create", List.of(Map.of("name", name)), Map.of());
        long uid = (Long) superuser(
                "res.users",
                "create",
                List.of(Map.of("name", name, "login", login, "partner_id", partner, "company_id", 1L)),
                Map.of());
        users.put(login, new Credentials(uid, password, new ArrayList<>()));
        return uid;
    }

    /** Adds a user whose partner and login carry {@code email}; returns the uid. */
    public long addUser(String login, String password, String name, String email) {
        long uid = addUser(login, password, name);
        superuser("res.users", "write", List.of(List.of(uid), Map.of("email", email)), Map.of());
        superuser("res.partner", "write", List.of(List.of(partnerOf(login)), Map.of("email", email)), Map.of());
        return uid;
    }

    /** The uid of a stand-in user. */
    public long uid(String login) {
        return credentials(login).uid();
    }

    /** The res.partner id of a stand-in user (what a mention links to). */
    @SuppressWarnings("unchecked")
    public long partnerOf(String login) {
        List<Map<String, Object>> users = (List<Map<String, Object>>)
                superuser("res.users", "read", List.of(List.of(uid(login)), List.of("partner_id")), Map.of());
        return ((Number) ((List<Object>) users.get(0).get("partner_id")).get(0)).longValue();
    }

    /** Runs an ORM method as the given user (create_uid/write_uid become that user), e.g. assigning an activity. */
    public Object asUser(String login, String model, String method, List<?> args, Map<String, ?> kwargs) {
        @SuppressWarnings("unchecked")
        List<Object> wireArgs = (List<Object>) normalize(args);
        @SuppressWarnings("unchecked")
        Map<String, Object> wireKwargs = (Map<String, Object>) normalize(kwargs);
        return orm.call(uid(login), model, method, wireArgs, wireKwargs);
    }

    /**
     * Staff writes a note in a record's chatter and @mentions colleagues, as Odoo 17's web client
     * posts it: the body links each mentioned partner ({@code o_mail_redirect}), the partners are
     * the message's {@code partner_ids}, the subtype is Note ({@code mail.mt_note}, internal).
     * Returns the mail.message id.
     */
    public long postNote(String authorLogin, String model, long resId, String text, String... mentionedLogins) {
        StringBuilder body = new StringBuilder("<p>").append(escape(text));
        List<Long> partners = new ArrayList<>();
        for (String login : mentionedLogins) {
            long partner = partnerOf(login);
            partners.add(partner);
            List<?> read =
                    (List<?>) superuser("res.partner", "read", List.of(List.of(partner), List.of("name")), Map.of());
            String name = read.isEmpty() ? login : String.valueOf(((Map<?, ?>) read.get(0)).get("name"));
            body.append(" <a href=\"")
                    .append(url())
                    .append("/web#model=res.partner&amp;id=")
                    .append(partner)
                    .append("\" class=\"o_mail_redirect\" data-oe-id=\"")
                    .append(partner)
                    .append("\" data-oe-model=\"res.partner\" target=\"_blank\" contenteditable=\"false\">@")
                    .append(escape(name))
                    .append("</a>");
        }
        body.append("</p>");
        Map<String, Object> vals = new LinkedHashMap<>();
        vals.put("model", model);
        vals.put("res_id", resId);
        vals.put("body", body.toString());
        vals.put("message_type", "comment");
        vals.put("subtype_id", 2L);
        vals.put("is_internal", true);
        vals.put("author_id", partnerOf(authorLogin));
        vals.put("partner_ids", List.of(List.of(6L, 0L, partners)));
        return (Long) asUser(authorLogin, "mail.message", "create", List.of(vals), Map.of());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** Issues a new API key for the user (accepted as password on XML-RPC/JSON-RPC, as bearer on JSON-2). */
    public String addApiKey(String login) {
        byte[] key = new byte[20];
        random.nextBytes(key);
        String apiKey = HexFormat.of().formatHex(key);
        addApiKey(login, apiKey);
        return apiKey;
    }

    public void addApiKey(String login, String apiKey) {
        credentials(login).apiKeys().add(apiKey);
    }

    /** Creates a record as the superuser (no access checks, Odoo wire values); returns its id. */
    public long seed(String model, Map<String, ?> values) {
        return (Long) superuser(model, "create", List.of(normalize(values)), Map.of());
    }

    /** Runs any ORM method as the superuser, e.g. {@code search_read} to check what a route wrote. */
    public Object superuser(String model, String method, List<?> args, Map<String, ?> kwargs) {
        @SuppressWarnings("unchecked")
        List<Object> wireArgs = (List<Object>) normalize(args);
        @SuppressWarnings("unchecked")
        Map<String, Object> wireKwargs = (Map<String, Object>) normalize(kwargs);
        return orm.call(SUPERUSER, model, method, wireArgs, wireKwargs);
    }

    /**
     * Runs an ORM method as a stand-in user, with that user's rights, e.g. a staff member posting
     * on a chatter ({@code message_post} with {@code subtype_xmlid: mail.mt_comment}) or marking an
     * activity done ({@code mail.activity.action_feedback}).
     */
    public Object as(String login, String model, String method, List<?> args, Map<String, ?> kwargs) {
        @SuppressWarnings("unchecked")
        List<Object> wireArgs = (List<Object>) normalize(args);
        @SuppressWarnings("unchecked")
        Map<String, Object> wireKwargs = (Map<String, Object>) normalize(kwargs);
        return orm.call(credentials(login).uid(), model, method, wireArgs, wireKwargs);
    }

    /**
     * A staff member posts from the chatter in Odoo's web client: {@code subtypeXmlid}
     * {@code mail.mt_comment} for "Send message", {@code mail.mt_note} for "Log note"; the HTML
     * body is kept as markup. Returns the mail.message id.
     */
    public long postFromWebClient(String login, String model, long id, String html, String subtypeXmlid) {
        return orm.postFromWebClient(credentials(login).uid(), model, id, html, subtypeXmlid);
    }

    /** All records of a model matching a domain (prefix list), every field, as Odoo would read them. */
    @SuppressWarnings("unchecked")
    /** The {@code ir.model} id of {@code model}: what {@code mail.activity.res_model_id} takes. */
    public long modelId(String model) {
        return (Long) searchRead("ir.model", List.of(List.of("model", "=", model)))
                .get(0)
                .get("id");
    }

    public List<Map<String, Object>> searchRead(String model, List<?> domain) {
        return (List<Map<String, Object>>) superuser(model, "search_read", List.of(domain), Map.of());
    }

    private void seedBase() {
        orm.bumpIds("res.partner", 0);
        superuser("res.partner", "create", List.of(Map.of("name", "My Company", "is_company", true)), Map.of());
        superuser("res.company", "create", List.of(Map.of("name", "My Company", "partner_id", 1L)), Map.of());
        superuser("res.partner", "create", List.of(Map.of("name", "OdooBot")), Map.of());
        superuser(
                "res.users",
                "create",
                List.of(Map.of("name", "OdooBot", "login", "__system__", "partner_id", 2L)),
                Map.of());
        orm.bumpIds("res.users", 1);
        orm.bumpIds("res.partner", 2);
        addUser("admin", "admin", "Mitchell Admin");
        orm.bumpIds("res.users", 5);
        addUser("demo", "demo", "Marc Demo");
        addUser("readonly", "readonly", "Reed Only");
        setReadOnly("readonly", true);
        for (ModelDef model : StandInSchema.all().values()) {
            superuser("ir.model", "create", List.of(Map.of("name", model.description, "model", model.name)), Map.of());
        }
        for (String type : List.of("Email", "Call", "Meeting", "To Do")) {
            superuser("mail.activity.type", "create", List.of(Map.of("name", type)), Map.of());
        }
        superuser("mail.message.subtype", "create", List.of(Map.of("name", "Discussions", "default", true)), Map.of());
        superuser("mail.message.subtype", "create", List.of(Map.of("name", "Note", "internal", true)), Map.of());
        superuser("mail.message.subtype", "create", List.of(Map.of("name", "Activities", "internal", true)), Map.of());
        seedCountry(21, "Belgium", "BE");
        seedCountry(76, "France", "FR");
        seedCountry(105, "India", "IN");
        seedCountry(110, "Israel", "IL");
        seedCountry(233, "United Kingdom", "GB");
        orm.bumpIds("res.partner", 20);
    }

    private void seedCountry(long id, String name, String code) {
        orm.bumpIds("res.country", id - 1);
        superuser("res.country", "create", List.of(Map.of("name", name, "code", code)), Map.of());
    }

    private Credentials credentials(String login) {
        Credentials c = users.get(login);
        if (c == null) {
            throw new IllegalArgumentException("no such stand-in user: " + login);
        }
        return c;
    }

    // ---------------------------------------------------------------- HTTP

    private void listen(int wanted) {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the Odoo stand-in", e);
        }
        http.setExecutor(executor);
        http.createContext("/xmlrpc/2/common", ex -> serve(ex, this::xmlRpcCommon));
        http.createContext("/xmlrpc/2/object", ex -> serve(ex, this::xmlRpcObject));
        http.createContext("/jsonrpc", ex -> serve(ex, this::jsonRpc));
        http.createContext("/json/2/", ex -> serve(ex, this::json2));
        http.createContext("/web/version", ex -> serve(ex, this::webVersion));
        http.start();
        port = http.getAddress().getPort();
    }

    /** A response: status, content type, body. */
    private record Reply(int status, String contentType, byte[] body) {
        static Reply xml(String xml) {
            return new Reply(200, "text/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
        }

        static Reply json(int status, Object value) {
            try {
                return new Reply(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private interface Handler {
        Reply handle(HttpExchange exchange, byte[] body) throws IOException;
    }

    private void serve(HttpExchange exchange, Handler handler) {
        try (exchange) {
            requests.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (!latency.isZero() && closing.await(latency.toMillis(), TimeUnit.MILLISECONDS)) {
                return; // shutting down
            }
            boolean fail = unavailable || failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
            Reply reply = fail
                    ? new Reply(
                            503,
                            "text/html",
                            "<html><body><h1>503 Service Unavailable</h1></body></html>"
                                    .getBytes(StandardCharsets.UTF_8))
                    : handler.handle(exchange, body);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the client went away or the request was garbage; nothing more to tell it
        }
    }

    private void count(String method) {
        calls.computeIfAbsent(method, k -> new AtomicLong()).incrementAndGet();
    }

    // ---------------------------------------------------------------- protocol-neutral services

    private Object common(String method, List<Object> args) {
        count(method);
        return switch (method) {
            case "version" -> version();
            case "authenticate", "login" -> authenticate(args);
            default -> throw new StandInFault(Type.ATTRIBUTE, "No such RPC method: common." + method);
        };
    }

    private static Map<String, Object> version() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("server_version", VERSION);
        v.put("server_version_info", List.of(17L, 0L, 0L, "final", 0L, ""));
        v.put("server_serie", VERSION);
        v.put("protocol_version", 1L);
        return v;
    }

    private Object authenticate(List<Object> args) {
        if (args.size() < 3) {
            throw new StandInFault(Type.VALUE, "authenticate() missing arguments");
        }
        checkDatabase(String.valueOf(args.get(0)));
        Credentials c = users.get(String.valueOf(args.get(1)));
        String secret = String.valueOf(args.get(2));
        // Odoo answers False (HTTP 200), not a fault, for a wrong login or password
        return c != null && accepts(c, secret) ? (Object) c.uid() : Boolean.FALSE;
    }

    private Object executeKw(List<Object> args) {
        if (args.size() < 5) {
            throw new StandInFault(Type.VALUE, "execute_kw() missing arguments");
        }
        checkDatabase(String.valueOf(args.get(0)));
        long uid = args.get(1) instanceof Number n ? n.longValue() : -1;
        checkSecret(uid, String.valueOf(args.get(2)));
        String model = String.valueOf(args.get(3));
        String method = String.valueOf(args.get(4));
        List<Object> callArgs = args.size() > 5 ? StandInOrm.list(args.get(5)) : List.of();
        Map<String, Object> kwargs =
                args.size() > 6 && args.get(6) instanceof Map<?, ?> ? StandInOrm.map(args.get(6)) : Map.of();
        count(method);
        Map<String, Object> withoutContext = new LinkedHashMap<>(kwargs);
        if (!StandInOrm.readsContext(model)) {
            withoutContext.remove("context");
        }
        return orm.call(uid, model, method, callArgs, withoutContext);
    }

    private void checkDatabase(String db) {
        if (!database.equals(db)) {
            throw new StandInFault(Type.VALUE, "FATAL:  database \"" + db + "\" does not exist");
        }
    }

    private void checkSecret(long uid, String secret) {
        boolean ok = users.values().stream().anyMatch(c -> c.uid() == uid && accepts(c, secret));
        if (!ok) {
            throw new StandInFault(Type.ACCESS_DENIED, "Access Denied");
        }
    }

    private static boolean accepts(Credentials c, String secret) {
        return c.password().equals(secret) || c.apiKeys().contains(secret);
    }

    private Optional<Credentials> byApiKey(String key) {
        return users.values().stream().filter(c -> c.apiKeys().contains(key)).findFirst();
    }

    // ---------------------------------------------------------------- XML-RPC

    private Reply xmlRpcCommon(HttpExchange exchange, byte[] body) {
        return xmlRpc(body, call -> common(call.method(), call.params()));
    }

    private Reply xmlRpcObject(HttpExchange exchange, byte[] body) {
        return xmlRpc(body, call -> {
            if (!"execute_kw".equals(call.method())) {
                throw new StandInFault(Type.ATTRIBUTE, "No such RPC method: object." + call.method());
            }
            return executeKw(call.params());
        });
    }

    private interface XmlRpcService {
        Object apply(XmlRpcWire.MethodCall call);
    }

    private static Reply xmlRpc(byte[] body, XmlRpcService service) {
        try {
            return Reply.xml(XmlRpcWire.response(service.apply(XmlRpcWire.parseCall(body))));
        } catch (StandInFault f) {
            return Reply.xml(XmlRpcWire.fault(f.type.xmlRpcCode, f.faultString()));
        } catch (RuntimeException e) {
            StandInFault f = new StandInFault(Type.VALUE, e.toString());
            return Reply.xml(XmlRpcWire.fault(1, f.traceback()));
        }
    }

    // ---------------------------------------------------------------- JSON-RPC

    private Reply jsonRpc(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, Object> request = StandInOrm.map(normalize(JSON.readValue(body, Object.class)));
        Object id = request.get("id");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("jsonrpc", "2.0");
        answer.put("id", id);
        try {
            Map<String, Object> params = StandInOrm.map(request.get("params"));
            String service = String.valueOf(params.get("service"));
            String method = String.valueOf(params.get("method"));
            List<Object> args = params.get("args") == null ? List.of() : StandInOrm.list(params.get("args"));
            Object result =
                    switch (service) {
                        case "common" -> common(method, args);
                        case "object" -> {
                            if (!"execute_kw".equals(method)) {
                                throw new StandInFault(Type.ATTRIBUTE, "No such RPC method: object." + method);
                            }
                            yield executeKw(args);
                        }
                        default -> throw new StandInFault(Type.ATTRIBUTE, "No such service: " + service);
                    };
            answer.put("result", result);
        } catch (StandInFault f) {
            answer.put("error", jsonError(f));
        } catch (RuntimeException e) {
            answer.put("error", jsonError(new StandInFault(Type.VALUE, e.toString())));
        }
        return Reply.json(200, answer);
    }

    private static Map<String, Object> jsonError(StandInFault f) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", f.type.pythonName);
        data.put("debug", f.traceback());
        data.put("message", f.getMessage());
        data.put("arguments", List.of(f.getMessage()));
        data.put("context", Map.of());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", 200L);
        error.put("message", "Odoo Server Error");
        error.put("data", data);
        return error;
    }

    // ---------------------------------------------------------------- JSON-2

    private Reply json2(HttpExchange exchange, byte[] body) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/");
        // "", "json", "2", model, method
        if (parts.length != 5 || !"POST".equals(exchange.getRequestMethod())) {
            return json2Error(
                    404,
                    "werkzeug.exceptions.NotFound",
                    "404 Not Found: The requested URL was not found on the server.");
        }
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"))
                .orElse("");
        Optional<Credentials> user = authorization.regionMatches(true, 0, "bearer ", 0, 7)
                ? byApiKey(authorization.substring(7).trim())
                : Optional.empty();
        if (user.isEmpty()) {
            return json2Error(401, "werkzeug.exceptions.Unauthorized", "Invalid apikey");
        }
        String db = exchange.getRequestHeaders().getFirst("X-Odoo-Database");
        if (db != null && !database.equals(db)) {
            return json2Error(404, "werkzeug.exceptions.NotFound", "404 Not Found: database " + db + " not found");
        }
        String model = parts[3];
        String method = parts[4];
        if (orm.model(model) == null) {
            return json2Error(
                    404, "werkzeug.exceptions.NotFound", "404 Not Found: the model '" + model + "' does not exist");
        }
        Map<String, Object> named = body.length == 0
                ? new LinkedHashMap<>()
                : new LinkedHashMap<>(StandInOrm.map(normalize(JSON.readValue(body, Object.class))));
        if (!StandInOrm.readsContext(model)) {
            named.remove("context");
        }
        List<Object> args = new ArrayList<>();
        if (named.containsKey("ids")) {
            args.add(named.remove("ids"));
        }
        count(method);
        try {
            Object result = orm.call(user.get().uid(), model, method, args, named);
            // JSON-2 serialises a returned recordset as its ids
            if (("create".equals(method) && result instanceof Long) || "message_post".equals(method)) {
                result = List.of(result);
            }
            return Reply.json(200, result);
        } catch (StandInFault f) {
            return json2Error(f.type.httpStatus, f.type.pythonName, f.getMessage());
        }
    }

    private static Reply json2Error(int status, String name, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("name", name);
        error.put("message", message);
        error.put("arguments", List.of(message, (long) status));
        error.put("context", Map.of());
        error.put(
                "debug",
                "Traceback (most recent call last):\n  File \"/opt/odoo/odoo/http.py\", line 2212, in _transactioning\n"
                        + name + ": " + message + "\n");
        return Reply.json(status, error);
    }

    private Reply webVersion(HttpExchange exchange, byte[] body) {
        count("version");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("version_info", List.of(17L, 0L, 0L, "final", 0L, ""));
        v.put("version", VERSION);
        return Reply.json(200, v);
    }

    /** JSON numbers as Long/Double, maps and lists copied: one value model with XML-RPC. */
    static Object normalize(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(normalize(v)));
            return out;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }
}
