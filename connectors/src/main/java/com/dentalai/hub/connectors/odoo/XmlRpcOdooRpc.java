package com.dentalai.hub.connectors.odoo;

import com.dentalai.hub.connectors.odoo.OdooFaultTranslator.Fault;
import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;
import org.apache.xmlrpc.client.XmlRpcHttpTransportException;
import org.apache.xmlrpc.client.XmlRpcSun15HttpTransportFactory;

/**
 * XML-RPC against {@code /xmlrpc/2/common} and {@code /xmlrpc/2/object} on the maintained
 * Apache XML-RPC fork (ADR 0020). Extensions and "exceptions" stay OFF: with them on, the library
 * Java-deserialises a server-sent {@code faultCause} (CVE-2019-17570).
 */
final class XmlRpcOdooRpc implements OdooRpc {

    private final OdooConnection connection;
    private final XmlRpcClient common;
    private final XmlRpcClient object;

    XmlRpcOdooRpc(OdooConnection connection) {
        this.connection = connection;
        this.common = client(connection, "/xmlrpc/2/common");
        this.object = client(connection, "/xmlrpc/2/object");
    }

    @Override
    public Map<String, Object> version() {
        return WireValues.map(call(common, "common", "version", "version", List.of()));
    }

    @Override
    public Object authenticate() {
        List<Object> params = List.of(connection.database(), connection.login(), connection.secret(), Map.of());
        return call(common, "common", "authenticate", "authenticate", params);
    }

    @Override
    public Object executeKw(long uid, String model, String method, List<Object> args, Map<String, Object> kwargs) {
        List<Object> params = List.of(
                connection.database(),
                WireValues.outboundXmlRpc(uid),
                connection.secret(),
                model,
                method,
                WireValues.outboundXmlRpc(args),
                WireValues.outboundXmlRpc(kwargs));
        return call(object, model, method, "execute_kw", params);
    }

    private static Object call(
            XmlRpcClient client, String model, String method, String rpcMethod, List<Object> params) {
        try {
            return WireValues.inbound(client.execute(rpcMethod, params));
        } catch (XmlRpcHttpTransportException e) {
            return rethrow(OdooFaultTranslator.translate(
                    model, method, new Fault(null, null, "HTTP " + e.getStatusCode(), e.getStatusCode())));
        } catch (XmlRpcException e) {
            IOException io = ioCause(e);
            if (io != null) {
                return rethrow(OdooException.transport(
                        model, method, io.getClass().getSimpleName() + ": " + io.getMessage(), e, !neverSent(io)));
            }
            if (e.getClass() == XmlRpcException.class) {
                // a <fault>: faultCode + faultString, as sent by Odoo
                return rethrow(
                        OdooFaultTranslator.translate(model, method, new Fault(e.code, null, e.getMessage(), null)));
            }
            return rethrow(OdooException.of(OdooException.Kind.SERVER, model, method, e.getMessage(), e));
        }
    }

    /** The request never left this machine: safe to send again even for a create. */
    private static boolean neverSent(IOException io) {
        return io instanceof ConnectException
                || io instanceof UnknownHostException
                || io instanceof NoRouteToHostException
                || (io instanceof SocketTimeoutException && "connect timed out".equals(io.getMessage()));
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = nextCause(t)) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static Throwable nextCause(Throwable t) {
        if (t instanceof XmlRpcException x && x.linkedException != null && x.linkedException != t) {
            return x.linkedException;
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static Object rethrow(OdooException e) {
        throw e;
    }

    private static XmlRpcClient client(OdooConnection connection, String path) {
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        try {
            config.setServerURL(new URL(connection.baseUrl() + path));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad Odoo url for tenant " + connection.tenantId(), e);
        }
        config.setEnabledForExtensions(false);
        config.setEnabledForExceptions(false);
        config.setEncoding(StandardCharsets.UTF_8.name());
        config.setConnectionTimeout(Math.toIntExact(connection.connectTimeout().toMillis()));
        config.setReplyTimeout(Math.toIntExact(connection.readTimeout().toMillis()));
        config.setUserAgent("DentalAI-Hub");
        XmlRpcClient client = new XmlRpcClient();
        client.setConfig(config);
        client.setTransportFactory(new XmlRpcSun15HttpTransportFactory(client));
        return client;
    }
}
