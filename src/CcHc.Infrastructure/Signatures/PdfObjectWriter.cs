using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Tokens;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// Writes PDF syntax into a stream: PdfPig's tokens (to copy a page or the catalog with one entry changed) and the
/// small pieces the signer composes itself. Strings are always written as hex, so nothing needs escaping.
/// </summary>
internal sealed class PdfObjectWriter(Stream output)
{
    public long Position => output.Position;

    public PdfObjectWriter Raw(string text)
    {
        output.Write(Encoding.ASCII.GetBytes(text));
        return this;
    }

    public PdfObjectWriter Raw(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        return this;
    }

    public PdfObjectWriter Token(IToken token)
    {
        switch (token)
        {
            case DictionaryToken dictionary:
                Raw("<<");
                foreach (var (key, value) in dictionary.Data)
                {
                    Name(key).Raw(" ").Token(value).Raw("\n");
                }

                Raw(">>");
                break;
            case ArrayToken array:
                Raw("[");
                for (var i = 0; i < array.Data.Count; i++)
                {
                    if (i > 0)
                    {
                        Raw(" ");
                    }

                    Token(array.Data[i]);
                }

                Raw("]");
                break;
            case NameToken name:
                Name(name.Data);
                break;
            case NumericToken number:
                Raw(Number(number.Data));
                break;
            case IndirectReferenceToken reference:
                Raw(Reference(reference.Data.ObjectNumber, reference.Data.Generation));
                break;
            case BooleanToken boolean:
                Raw(boolean.Data ? "true" : "false");
                break;
            case NullToken:
                Raw("null");
                break;
            case HexToken hex:
                Hex(hex.Bytes.ToArray());
                break;
            case StringToken text when text.Data.All(c => c <= 0xFF):
                Hex(Encoding.Latin1.GetBytes(text.Data)); // byte for byte, as read (binary strings such as /ID too)
                break;
            case StringToken text:
                TextString(text.Data);
                break;
            default:
                throw new PdfSigningException($"Không chép lại được một giá trị PDF kiểu {token.GetType().Name} trong trang hoặc danh mục của tệp.");
        }

        return this;
    }

    /// <summary>A name with every byte outside the regular printable range escaped as #xx (7.3.5).</summary>
    public PdfObjectWriter Name(string name)
    {
        var text = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && b != '#' && PdfLexer.IsRegular(b))
            {
                text.Append((char)b);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"#{b:X2}");
            }
        }

        return Raw(text.ToString());
    }

    public PdfObjectWriter Hex(ReadOnlySpan<byte> bytes) => Raw("<").Raw(Convert.ToHexString(bytes)).Raw(">");

    /// <summary>
    /// A string: byte for byte when every character fits in one byte (binary strings such as /ID, and PDFDocEncoding
    /// text, which matches Latin-1 from 0xA0), else UTF-16BE with its byte order mark (7.9.2.2).
    /// </summary>
    public PdfObjectWriter TextString(string text)
    {
        if (text.All(c => c <= 0xFF && c is < '\u0080' or >= '\u00A0'))
        {
            return Hex(Encoding.Latin1.GetBytes(text));
        }

        return Hex([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]);
    }

    public static string Number(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9
            ? ((long)Math.Round(value)).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.#####", CultureInfo.InvariantCulture);

    public static string Reference(long number, int generation) =>
        string.Create(CultureInfo.InvariantCulture, $"{number} {generation} R");
}

/// <summary>A PDF the signer cannot sign, or a certificate it cannot sign with; the message is for the user, in Vietnamese.</summary>
public sealed class PdfSigningException : Exception
{
    public PdfSigningException()
    {
    }

    public PdfSigningException(string message)
        : base(message)
    {
    }

    public PdfSigningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
