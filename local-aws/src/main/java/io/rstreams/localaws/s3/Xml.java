/*
 * Copyright 2026 the RStreams binder authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.rstreams.localaws.s3;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Small XML helpers for S3 bodies: an escaping writer, S3's timestamp forms, and a parser
 * that refuses DTDs.
 */
final class Xml {

	static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

	private static final DateTimeFormatter ISO = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private final StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

	Xml open(String name) {
		sb.append('<').append(name).append('>');
		return this;
	}

	Xml openRoot(String name) {
		sb.append('<').append(name).append(" xmlns=\"").append(NAMESPACE).append("\">");
		return this;
	}

	Xml close(String name) {
		sb.append("</").append(name).append('>');
		return this;
	}

	Xml element(String name, Object value) {
		if (value != null) {
			open(name);
			escape(String.valueOf(value));
			close(name);
		}
		return this;
	}

	private void escape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '<' -> sb.append("&lt;");
				case '>' -> sb.append("&gt;");
				case '&' -> sb.append("&amp;");
				case '"' -> sb.append("&quot;");
				case '\'' -> sb.append("&apos;");
				default -> {
					if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
						sb.append("&#").append((int) c).append(';');
					}
					else {
						sb.append(c);
					}
				}
			}
		}
	}

	@Override
	public String toString() {
		return sb.toString();
	}

	static String timestamp(Instant instant) {
		return ISO.format(instant);
	}

	static String httpDate(Instant instant) {
		return HTTP_DATE.format(instant);
	}

	static Document parse(byte[] body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder.parse(new ByteArrayInputStream(body));
		}
		catch (Exception e) {
			throw new S3Exception(400, "MalformedXML",
					"The XML you provided was not well-formed or did not validate " + "against our published schema");
		}
	}

	/** The child elements of {@code parent} with the given local name. */
	static List<Element> children(Node parent, String name) {
		List<Element> result = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName())) {
				result.add(e);
			}
		}
		return result;
	}

	static String childText(Node parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.get(0).getTextContent().trim();
	}

}
