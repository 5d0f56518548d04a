package com.dentalai.hub.connectors.odoo.standin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * XML-RPC as Python's {@code xmlrpc.client} writes it (what Odoo sends): {@code <int>}, {@code
 * <boolean>0/1}, {@code <string>}, {@code <double>}, arrays and structs, faults as faultCode +
 * faultString. Values read in are Long, Double, Boolean, String, List, Map.
 */
public final class XmlRpcWire {

    /** A parsed {@code <methodCall>}. */
    public record MethodCall(String method, List<Object> params) {}

    /** A parsed {@code <methodResponse>}: either a value or a fault. */
    public record MethodResponse(Object value, Integer faultCode, String faultString) {
        public boolean isFault() {
            return faultCode != null;
        }
    }

    private XmlRpcWire() {}

    public static MethodCall parseCall(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        String method = child(root, "methodName").getTextContent().trim();
        List<Object> params = new ArrayList<>();
        Element paramsElement = child(root, "params");
        if (paramsElement != null) {
            for (Element param : children(paramsElement)) {
                params.add(value(child(param, "value")));
            }
        }
        return new MethodCall(method, params);
    }

    @SuppressWarnings("unchecked")
    public static MethodResponse parseResponse(byte[] xml) {
        Element root = parse(xml).getDocumentElement();
        Element fault = child(root, "fault");
        if (fault != null) {
            Map<String, Object> struct = (Map<String, Object>) value(child(fault, "value"));
            return new MethodResponse(
                    null, ((Number) struct.get("faultCode")).intValue(), (String) struct.get("faultString"));
        }
        Element param = child(child(root, "params"), "param");
        return new MethodResponse(value(child(param, "value")), null, null);
    }

    public static String response(Object value) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<methodResponse>\n<params>\n<param>\n");
        write(sb, value);
        return sb.append("\n</param>\n</params>\n\n</methodResponse>\n").toString();
    }

    public static String fault(int code, String message) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<methodResponse>\n<fault>\n");
        Map<String, Object> struct = new TreeMap<>();
        struct.put("faultCode", (long) code);
        struct.put("faultString", message);
        write(sb, struct);
        return sb.append("\n</fault>\n\n</methodResponse>\n").toString();
    }

    public static String call(String method, List<?> params) {
        StringBuilder sb = new StringBuilder("<?xml version='1.0'?>\n<methodCall>\n<methodName>")
                .append(escape(method))
                .append("</methodName>\n<params>\n");
        for (Object p : params) {
            sb.append("<param>\n");
            write(sb, p);
            sb.append("\n</param>\n");
        }
        return sb.append("</params>\n</methodCall>\n").toString();
    }

    private static void write(StringBuilder sb, Object value) {
        sb.append("<value>");
        if (value == null || value instanceof Boolean) {
            sb.append("<boolean>").append(Boolean.TRUE.equals(value) ? 1 : 0).append("</boolean>");
        } else if (value instanceof Long || value instanceof Integer) {
            sb.append("<int>").append(value).append("</int>");
        } else if (value instanceof Number n) {
            sb.append("<double>").append(n.doubleValue()).append("</double>");
        } else if (value instanceof List<?> list) {
            sb.append("<array><data>\n");
            for (Object o : list) {
                write(sb, o);
                sb.append('\n');
            }
            sb.append("</data></array>");
        } else if (value instanceof Map<?, ?> map) {
            sb.append("<struct>\n");
            // Odoo's answers list members by name
            new TreeMap<>(map).forEach((k, v) -> {
                sb.append("<member>\n<name>").append(escape(String.valueOf(k))).append("</name>\n");
                write(sb, v);
                sb.append("\n</member>\n");
            });
            sb.append("</struct>");
        } else {
            sb.append("<string>").append(escape(value.toString())).append("</string>");
        }
        sb.append("</value>");
    }

    private static Object value(Element valueElement) {
        List<Element> typed = children(valueElement);
        if (typed.isEmpty()) {
            return valueElement.getTextContent();
        }
        Element e = typed.get(0);
        String text = e.getTextContent();
        return switch (e.getTagName()) {
            case "int", "i4", "i8" -> Long.parseLong(text.trim());
            case "boolean" -> "1".equals(text.trim());
            case "double" -> Double.parseDouble(text.trim());
            case "nil" -> null;
            case "array" -> {
                List<Object> out = new ArrayList<>();
                Element data = child(e, "data");
                if (data != null) {
                    for (Element v : children(data)) {
                        out.add(value(v));
                    }
                }
                yield out;
            }
            case "struct" -> {
                Map<String, Object> out = new java.util.LinkedHashMap<>();
                for (Element member : children(e)) {
                    out.put(child(member, "name").getTextContent(), value(child(member, "value")));
                }
                yield out;
            }
            default -> text; // string, dateTime.iso8601, base64
        };
    }

    // DocumentBuilderFactory.newInstance() is a service lookup: far too slow per request
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(XmlRpcWire::newBuilder);

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(byte[] xml) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not XML-RPC: " + e.getMessage(), e);
        } finally {
            builder.reset();
        }
    }

    private static Element child(Element parent, String name) {
        for (Element e : children(parent)) {
            if (e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
