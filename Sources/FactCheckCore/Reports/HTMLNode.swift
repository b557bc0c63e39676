/// A piece of an HTML page as a typed tree, rendered to text in one place — so escaping holds by construction.
///
/// Text and attribute values are always escaped (`&`, `<`, `>`, `"`, `'` become character references) after their
/// controls, escape sequences and bidi controls are made visible (`TerminalText`), so untrusted text can never
/// become markup, script, or reorder what a reader sees. Element and attribute names come from closed enums; a
/// link's address can only be a checked `WebLink`. The only text written unescaped is `ReportStyle.css`, a
/// constant of this module, through `.reportStyleSheet`.
public indirect enum HTMLNode: Sendable {
    /// An element with its attributes and children.
    case element(HTMLTag, [HTMLAttribute], [HTMLNode])
    /// Text, escaped.
    case text(String)
    /// Several nodes in a row.
    case group([HTMLNode])
    /// The report's own style sheet, inside a `<style>` element.
    case reportStyleSheet

    /// An element with attributes and children.
    public static func el(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(tag, attributes, children)
    }

    /// An element with a class and children.
    public static func el(_ tag: HTMLTag, class name: String, _ children: [HTMLNode] = []) -> HTMLNode {
        .element(tag, [HTMLAttribute(.class, name)], children)
    }

    /// The markup.
    public var html: String {
        var out = ""
        render(into: &out)
        return out
    }

    /// Appends the markup to `out`.
    public func render(into out: inout String) {
        switch self {
        case .element(let tag, let attributes, let children):
            out += HTMLNode.openTag(tag, attributes)
            guard !tag.isVoid else { return }
            for child in children { child.render(into: &out) }
            out += HTMLNode.closeTag(tag)
        case .text(let text):
            HTMLNode.appendEscaped(text, into: &out)
        case .group(let nodes):
            for node in nodes { node.render(into: &out) }
        case .reportStyleSheet:
            out += "<style>" + ReportStyle.css + "</style>"
        }
    }

    /// `<tag attr="value">`, for a page written in pieces (the report streams its articles between the page's
    /// opening and closing tags).
    public static func openTag(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = []) -> String {
        var out = "<" + tag.rawValue
        for attribute in attributes {
            out += " " + attribute.name
            out += "=\""
            appendEscaped(attribute.value, into: &out)
            out += "\""
        }
        return out + ">"
    }

    /// `</tag>`.
    public static func closeTag(_ tag: HTMLTag) -> String { "</" + tag.rawValue + ">" }

    /// Appends `text` with its controls made visible and the five HTML-significant characters escaped; newlines
    /// are kept as `&#10;` (the style sheet shows notes with their line breaks, and no value spans raw lines of
    /// the output: docs/TERMINAL-SAFETY.md) and tabs as they are.
    static func appendEscaped(_ text: String, into out: inout String) {
        for scalar in TerminalText.visible(text, keepingNewlines: true).unicodeScalars {
            switch scalar {
            case "\n": out += "&#10;"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}

/// The elements a report page uses (HTML, and the SVG of its charts).
public enum HTMLTag: String, Sendable {
    case html, head, meta, title, body, main, header, footer, section, article, nav, div, span, p, h1, h2, h3, ul, ol, li
    case blockquote, a, strong, em, small, time, dl, dt, dd, details, summary, table, thead, tbody, tr, th, td
    case svg, g, rect, text

    /// Elements with no content and no closing tag.
    var isVoid: Bool { self == .meta }
}

/// An attribute: a name from a closed list and an escaped value.
public struct HTMLAttribute: Sendable {
    /// The names a report page uses. There is no `style`, no event handler and no free `href`: a link's address
    /// comes only from `HTMLAttribute.href(_:)`.
    public enum Name: String, Sendable {
        case `class`, id, lang, charset, name, content, title, role, dir, datetime, open
        case ariaLabel = "aria-label", ariaHidden = "aria-hidden"
        case viewBox, width, height, x, y, rx, preserveAspectRatio, textAnchor = "text-anchor", dominantBaseline = "dominant-baseline"
    }

    /// The attribute's name as written.
    public let name: String
    /// The value, unescaped (escaped when rendered).
    public let value: String

    /// An attribute.
    public init(_ name: Name, _ value: String) {
        self.name = name.rawValue
        self.value = value
    }

    /// A link's address, with `rel` left to the page (links open in place; nothing is loaded).
    public static func href(_ link: WebLink) -> HTMLAttribute {
        HTMLAttribute(rawName: "href", value: link.address)
    }

    private init(rawName: String, value: String) {
        name = rawName
        self.value = value
    }
}

/// An `http:` or `https:` address, checked: the only thing a report page will put in an `href`. `javascript:`,
/// `data:` and every other scheme, and addresses with spaces or controls, are refused (shown as text instead).
public struct WebLink: Equatable, Sendable {
    /// The address.
    public let address: String

    /// The link for `text`, or nil when it is not a plain http(s) address.
    public init?(_ text: String) {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), text.count > 8,
              !text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
                  || TerminalText.isBidiControl($0) || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "`" })
        else { return nil }
        address = text
    }
}
