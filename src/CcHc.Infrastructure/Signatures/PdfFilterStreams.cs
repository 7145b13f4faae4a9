using System.IO.Compression;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// The PDF stream filters (ISO 32000-1, 7.4) as forward-only decoding streams, so that a chain of them can be read
/// through a small buffer and its output counted without ever being held: what <see cref="PdfStructureScan"/> needs
/// to know how far a stream inflates before anything else inflates it.
/// </summary>
internal static class PdfFilterStreams
{
    /// <summary>The decoded stream for one filter, or null when the filter ends the chain (image codecs, whose output PdfPig never decodes to read text).</summary>
    public static Stream? Decode(string filter, Stream encoded) => filter switch
    {
        "FlateDecode" or "Fl" => Inflate(encoded),
        "ASCIIHexDecode" or "AHx" => new AsciiHexStream(encoded),
        "ASCII85Decode" or "A85" => new Ascii85Stream(encoded),
        "RunLengthDecode" or "RL" => new RunLengthStream(encoded),
        _ => null,
    };

    /// <summary>Filters a chain may end with: their output is an image, decoded only to draw it.</summary>
    public static bool IsImageCodec(string filter) =>
        filter is "DCTDecode" or "DCT" or "JPXDecode" or "CCITTFaxDecode" or "CCF" or "JBIG2Decode" or "Crypt";

    /// <summary>Zlib data (the usual case) or raw deflate, as lenient readers accept both.</summary>
    private static DeflateStream Inflate(Stream encoded)
    {
        Span<byte> header = stackalloc byte[2];
        var read = encoded.ReadAtLeast(header, 2, throwOnEndOfStream: false);
        var zlib = read == 2 && (header[0] & 0x0F) == 8 && ((header[0] << 8) | header[1]) % 31 == 0;
        if (zlib)
        {
            return new DeflateStream(encoded, CompressionMode.Decompress);
        }

        if (encoded.CanSeek)
        {
            encoded.Position -= read;
            return new DeflateStream(encoded, CompressionMode.Decompress);
        }

        return new DeflateStream(new PrefixedStream(header[..read].ToArray(), encoded), CompressionMode.Decompress);
    }

    /// <summary>Reads one byte of an inner stream at a time through a small buffer.</summary>
    private abstract class DecodingStream(Stream inner) : Stream
    {
        private readonly byte[] _buffer = new byte[4096];
        private int _position;
        private int _length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        protected int NextByte()
        {
            if (_position == _length)
            {
                _length = inner.Read(_buffer);
                _position = 0;
                if (_length <= 0)
                {
                    _length = 0;
                    return -1;
                }
            }

            return _buffer[_position++];
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public abstract override int Read(Span<byte> buffer);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A few bytes already read, then the rest of the inner stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream inner) : DecodingStream(inner)
    {
        private int _prefixPosition;

        public override int Read(Span<byte> buffer)
        {
            var count = 0;
            while (count < buffer.Length)
            {
                var b = _prefixPosition < prefix.Length ? prefix[_prefixPosition++] : NextByte();
                if (b < 0)
                {
                    break;
                }

                buffer[count++] = (byte)b;
            }

            return count;
        }
    }

    private sealed class AsciiHexStream(Stream inner) : DecodingStream(inner)
    {
        private bool _ended;

        public override int Read(Span<byte> buffer)
        {
            var count = 0;
            var high = -1;
            while (count < buffer.Length && !_ended)
            {
                var c = NextByte();
                if (c < 0 || c == '>')
                {
                    _ended = true;
                    if (high >= 0)
                    {
                        buffer[count++] = (byte)(high << 4);
                    }

                    break;
                }

                var value = HexValue(c);
                if (value < 0)
                {
                    continue;
                }

                if (high < 0)
                {
                    high = value;
                }
                else
                {
                    buffer[count++] = (byte)((high << 4) | value);
                    high = -1;
                }
            }

            return count;
        }

        private static int HexValue(int c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };
    }

    private sealed class Ascii85Stream(Stream inner) : DecodingStream(inner)
    {
        private readonly byte[] _group = new byte[4];
        private int _groupPosition;
        private int _groupLength;
        private bool _ended;

        public override int Read(Span<byte> buffer)
        {
            var count = 0;
            while (count < buffer.Length)
            {
                if (_groupPosition < _groupLength)
                {
                    buffer[count++] = _group[_groupPosition++];
                    continue;
                }

                if (_ended || !NextGroup())
                {
                    break;
                }
            }

            return count;
        }

        private bool NextGroup()
        {
            uint value = 0;
            var digits = 0;
            while (digits < 5)
            {
                var c = NextByte();
                if (c < 0 || c == '~')
                {
                    _ended = true;
                    break;
                }

                if (c == 'z' && digits == 0)
                {
                    (_groupPosition, _groupLength) = (0, 4);
                    Array.Clear(_group);
                    return true;
                }

                if (c is < '!' or > 'u')
                {
                    continue;
                }

                value = unchecked((value * 85) + (uint)(c - '!'));
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            var produced = digits - 1;
            for (var d = digits; d < 5; d++)
            {
                value = unchecked((value * 85) + 84);
            }

            for (var i = 3; i >= 0; i--)
            {
                _group[i] = (byte)value;
                value >>= 8;
            }

            (_groupPosition, _groupLength) = (0, digits == 5 ? 4 : produced);
            return _groupLength > 0;
        }
    }

    private sealed class RunLengthStream(Stream inner) : DecodingStream(inner)
    {
        private int _repeat;
        private int _repeatByte;
        private int _literal;
        private bool _ended;

        public override int Read(Span<byte> buffer)
        {
            var count = 0;
            while (count < buffer.Length)
            {
                if (_repeat > 0)
                {
                    buffer[count++] = (byte)_repeatByte;
                    _repeat--;
                    continue;
                }

                if (_literal > 0)
                {
                    var b = NextByte();
                    if (b < 0)
                    {
                        _ended = true;
                        _literal = 0;
                        break;
                    }

                    buffer[count++] = (byte)b;
                    _literal--;
                    continue;
                }

                if (_ended)
                {
                    break;
                }

                var length = NextByte();
                if (length is < 0 or 128)
                {
                    _ended = true;
                    break;
                }

                if (length < 128)
                {
                    _literal = length + 1;
                }
                else
                {
                    _repeatByte = NextByte();
                    if (_repeatByte < 0)
                    {
                        _ended = true;
                        break;
                    }

                    _repeat = 257 - length;
                }
            }

            return count;
        }
    }
}
