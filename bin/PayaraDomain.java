import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Binds a stopped Payara Server domain to 127.0.0.1, every port at a fixed offset from one base
 * (GlassFish's --portbase offsets), by editing its domain.xml: the only way that holds from the
 * first start (DESIGN 7: JVM options and a disabled JMS service must be in domain.xml before
 * start-domain, and a pre-boot line that fails does so silently). Every element it edits must
 * exist, so a Payara that changed its domain.xml fails here, not with a listener on 0.0.0.0.
 * Run by bin/payara: {@code java PayaraDomain.java <domain.xml> <port base>}.
 */
public class PayaraDomain {

    /** Listener element (XPath inside server-config) and its port's offset from the base. */
    static final Map<String, Integer> LISTENERS = Map.of(
            "network-config/network-listeners/network-listener[@name='http-listener-1']", 80,
            "network-config/network-listeners/network-listener[@name='http-listener-2']", 81,
            "network-config/network-listeners/network-listener[@name='admin-listener']", 48,
            "iiop-service/iiop-listener[@id='orb-listener-1']", 37,
            "iiop-service/iiop-listener[@id='SSL']", 38,
            "iiop-service/iiop-listener[@id='SSL_MUTUALAUTH']", 39,
            "admin-service/jmx-connector[@name='system']", 86);

    static final List<String> JVM_OPTIONS = List.of(
            "-Dhazelcast.socket.bind.any=false",
            "-Dh2.bindAddress=127.0.0.1");

    static final String LOOPBACK = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java PayaraDomain.java <domain.xml> <port base>");
        }
        Path file = Path.of(args[0]);
        int base = Integer.parseInt(args[1]);
        Document domain = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element server = one(domain, "/domain/configs/config[@name='server-config']");

        LISTENERS.forEach((path, offset) -> {
            Element listener = one(server, path);
            listener.setAttribute("address", LOOPBACK);
            listener.setAttribute("port", String.valueOf(base + offset));
        });
        one(server, "system-property[@name='JMS_PROVIDER_PORT']").setAttribute("value", String.valueOf(base + 76));
        jmsDisabled(server);
        // Segl needs no data grid; switched off, Hazelcast opens no port at all.
        one(server, "hazelcast-config-specific-configuration").setAttribute("enabled", "false");
        Element grid = one(domain, "/domain/hazelcast-runtime-configuration");
        grid.setAttribute("das-port", String.valueOf(base + 90));
        grid.setAttribute("start-port", String.valueOf(base + 91));
        jvmOptions(one(server, "java-config"));

        var out = TransformerFactory.newInstance().newTransformer();
        out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        Path written = Files.createTempFile(file.getParent(), "domain", ".xml");
        out.transform(new DOMSource(domain), new StreamResult(written.toFile()));
        Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The embedded message broker would listen on every interface; Segl sends no JMS. */
    static void jmsDisabled(Element server) {
        NodeList existing = server.getElementsByTagName("jms-service");
        Element jms = existing.getLength() > 0 ? (Element) existing.item(0)
                : (Element) server.appendChild(server.getOwnerDocument().createElement("jms-service"));
        jms.setAttribute("type", "DISABLED");
    }

    static void jvmOptions(Element javaConfig) {
        NodeList present = javaConfig.getElementsByTagName("jvm-options");
        for (String option : JVM_OPTIONS) {
            boolean found = false;
            for (int i = 0; i < present.getLength(); i++) {
                found |= present.item(i).getTextContent().equals(option);
            }
            if (!found) {
                Element added = javaConfig.getOwnerDocument().createElement("jvm-options");
                added.setTextContent(option);
                javaConfig.appendChild(added);
            }
        }
    }

    static Element one(Node context, String path) {
        try {
            NodeList found = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(path, context, XPathConstants.NODESET);
            if (found.getLength() != 1) {
                throw new IllegalStateException("domain.xml has " + found.getLength() + " of " + path + ", expected one");
            }
            return (Element) found.item(0);
        } catch (javax.xml.xpath.XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
