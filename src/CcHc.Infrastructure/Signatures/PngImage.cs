using System.Buffers.Binary;
using System.IO.Compression;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// A PNG decoded by CcHc itself into what a PDF image XObject needs: 8-bit RGB samples and, when the image has
/// transparency, an 8-bit alpha channel for its /SMask. Only the common PNGs are accepted — bit depth 8 (1, 2, 4 and 8
/// for palette images), greyscale, RGB, palette, greyscale+alpha or RGBA, not interlaced — with every chunk's CRC
/// checked and the inflated size bounded by the image's own dimensions, so a crafted file cannot make it allocate
/// more than <see cref="MaxPixels"/> pixels. Anything else is refused with a Vietnamese message.
/// </summary>
public sealed class PngImage
{
    /// <summary>The largest upload accepted as a seal image.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>At most 1 500 × 1 500 pixels' worth (a seal printed at 40 mm needs about 470 × 470 at 300 dpi).</summary>
    public const int MaxPixels = 1500 * 1500;

    public const int MaxSide = 4000;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte[] rgb, byte[]? alpha)
    {
        Width = width;
        Height = height;
        Rgb = rgb;
        Alpha = alpha;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Width × Height × 3 bytes, rows from the top.</summary>
    public byte[] Rgb { get; }

    /// <summary>Width × Height bytes, or null when every pixel is opaque.</summary>
    public byte[]? Alpha { get; }

    /// <summary>The decoded image, or a refusal in Vietnamese.</summary>
    public static PngImage Decode(ReadOnlySpan<byte> file)
    {
        if (file.Length > MaxFileBytes)
        {
            throw new InvalidDataException($"Ảnh con dấu lớn hơn {MaxFileBytes / 1024} KB.");
        }

        if (file.Length < Signature.Length + 25 || !file[..Signature.Length].SequenceEqual(Signature))
        {
            throw new InvalidDataException("Tệp không phải là ảnh PNG.");
        }

        var at = Signature.Length;
        Header? header = null;
        byte[]? palette = null;
        byte[]? paletteAlpha = null;
        using var compressed = new MemoryStream();
        var ended = false;
        while (!ended)
        {
            if (at + 12 > file.Length)
            {
                throw Truncated();
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(file[at..]);
            if (length > int.MaxValue || at + 12 + (long)length > file.Length)
            {
                throw Truncated();
            }

            var type = file.Slice(at + 4, 4);
            var data = file.Slice(at + 8, (int)length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(file[(at + 8 + (int)length)..]);
            if (Crc32(file.Slice(at + 4, 4 + (int)length)) != crc)
            {
                throw new InvalidDataException("Ảnh PNG bị hỏng (sai mã kiểm tra CRC của một khối dữ liệu).");
            }

            at += 12 + (int)length;
            var name = System.Text.Encoding.ASCII.GetString(type);
            if (header is null && name != "IHDR")
            {
                throw new InvalidDataException("Ảnh PNG bị hỏng (thiếu khối IHDR ở đầu).");
            }

            switch (name)
            {
                case "IHDR":
                    header = ReadHeader(data);
                    break;
                case "PLTE":
                    if (length % 3 != 0 || length == 0 || length > 768)
                    {
                        throw new InvalidDataException("Ảnh PNG có bảng màu không hợp lệ.");
                    }

                    palette = data.ToArray();
                    break;
                case "tRNS":
                    if (header!.ColourType == 3)
                    {
                        paletteAlpha = data.ToArray();
                    }
                    else
                    {
                        throw new InvalidDataException("Ảnh PNG dùng khối tRNS cho ảnh không có bảng màu; hãy lưu lại ảnh ở dạng RGBA (có kênh alpha).");
                    }

                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    ended = true;
                    break;
                default:
                    if ((type[0] & 0x20) == 0)
                    {
                        throw new InvalidDataException($"Ảnh PNG có khối bắt buộc {name} mà CcHc không đọc được; hãy lưu lại ảnh ở dạng PNG thông thường.");
                    }

                    break; // an ancillary chunk (text, gamma, physical size…): ignored
            }
        }

        if (header is null || compressed.Length == 0)
        {
            throw Truncated();
        }

        if (header.ColourType == 3 && palette is null)
        {
            throw new InvalidDataException("Ảnh PNG dùng bảng màu nhưng thiếu khối PLTE.");
        }

        var raw = Inflate(compressed, header);
        return Unfilter(raw, header, palette, paletteAlpha);
    }

    /// <summary>The RGB samples compressed for /FlateDecode.</summary>
    public byte[] CompressedRgb() => Deflate(Rgb);

    /// <summary>The alpha samples compressed for the /SMask's /FlateDecode (null when opaque).</summary>
    public byte[]? CompressedAlpha() => Alpha is null ? null : Deflate(Alpha);

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static InvalidDataException Truncated() => new("Ảnh PNG bị cắt cụt hoặc hỏng (thiếu phần cuối của tệp).");

    private sealed record Header(int Width, int Height, int BitDepth, int ColourType)
    {
        public int Channels => ColourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };

        public int BitsPerPixel => Channels * BitDepth;

        public int BytesPerPixel => Math.Max(1, BitsPerPixel / 8);

        public int RowBytes => (int)(((long)Width * BitsPerPixel + 7) / 8);
    }

    private static Header ReadHeader(ReadOnlySpan<byte> data)
    {
        if (data.Length != 13)
        {
            throw new InvalidDataException("Ảnh PNG bị hỏng (khối IHDR sai độ dài).");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
        int bitDepth = data[8], colourType = data[9], compression = data[10], filter = data[11], interlace = data[12];
        if (width == 0 || height == 0 || width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            throw new InvalidDataException($"Ảnh con dấu quá lớn ({width} × {height} điểm ảnh); tối đa {MaxPixels / 1_000_000.0:0.##} triệu điểm ảnh, mỗi cạnh tối đa {MaxSide}.");
        }

        if (interlace != 0)
        {
            throw new InvalidDataException("Ảnh PNG xen kẽ (interlaced) chưa được hỗ trợ; hãy lưu lại ảnh không xen kẽ.");
        }

        var supported = colourType switch
        {
            0 or 2 or 4 or 6 => bitDepth == 8,
            3 => bitDepth is 1 or 2 or 4 or 8,
            _ => false,
        };
        if (!supported || compression != 0 || filter != 0)
        {
            throw new InvalidDataException($"Ảnh PNG dạng này (kiểu màu {colourType}, {bitDepth} bit) chưa được hỗ trợ; hãy lưu lại ảnh ở dạng PNG RGB hoặc RGBA 8 bit.");
        }

        return new Header((int)width, (int)height, bitDepth, colourType);
    }

    private static byte[] Inflate(MemoryStream compressed, Header header)
    {
        var expected = (long)header.Height * (header.RowBytes + 1);
        var raw = new byte[expected];
        compressed.Position = 0;
        try
        {
            using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
            var filled = 0;
            while (filled < raw.Length)
            {
                var read = zlib.Read(raw, filled, raw.Length - filled);
                if (read == 0)
                {
                    throw Truncated();
                }

                filled += read;
            }
        }
        catch (InvalidDataException e) when (e.Message.StartsWith("Ảnh", StringComparison.Ordinal) is false)
        {
            throw new InvalidDataException("Ảnh PNG bị hỏng (dữ liệu nén không giải nén được).", e);
        }

        return raw;
    }

    private static PngImage Unfilter(byte[] raw, Header header, byte[]? palette, byte[]? paletteAlpha)
    {
        int rowBytes = header.RowBytes, bpp = header.BytesPerPixel, width = header.Width;
        var previous = new byte[rowBytes];
        var current = new byte[rowBytes];
        var rgb = new byte[(long)width * header.Height * 3];
        var alpha = new byte[(long)width * header.Height];
        var translucent = false;
        for (var y = 0; y < header.Height; y++)
        {
            var start = y * (rowBytes + 1);
            var filter = raw[start];
            raw.AsSpan(start + 1, rowBytes).CopyTo(current);
            for (var i = 0; i < rowBytes; i++)
            {
                int a = i >= bpp ? current[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
                current[i] = filter switch
                {
                    0 => current[i],
                    1 => (byte)(current[i] + a),
                    2 => (byte)(current[i] + b),
                    3 => (byte)(current[i] + ((a + b) >> 1)),
                    4 => (byte)(current[i] + Paeth(a, b, c)),
                    _ => throw new InvalidDataException("Ảnh PNG bị hỏng (kiểu lọc dòng không hợp lệ)."),
                };
            }

            for (var x = 0; x < width; x++)
            {
                var pixel = (y * width) + x;
                byte r, g, bl, al = 255;
                switch (header.ColourType)
                {
                    case 0:
                        r = g = bl = current[x];
                        break;
                    case 2:
                        (r, g, bl) = (current[x * 3], current[(x * 3) + 1], current[(x * 3) + 2]);
                        break;
                    case 4:
                        (r, g, bl, al) = (current[x * 2], current[x * 2], current[x * 2], current[(x * 2) + 1]);
                        break;
                    case 6:
                        (r, g, bl, al) = (current[x * 4], current[(x * 4) + 1], current[(x * 4) + 2], current[(x * 4) + 3]);
                        break;
                    default:
                        var perByte = 8 / header.BitDepth;
                        var shift = 8 - (header.BitDepth * ((x % perByte) + 1));
                        var index = (current[x / perByte] >> shift) & ((1 << header.BitDepth) - 1);
                        if ((index * 3) + 2 >= palette!.Length)
                        {
                            throw new InvalidDataException("Ảnh PNG bị hỏng (chỉ số màu ngoài bảng màu).");
                        }

                        (r, g, bl) = (palette[index * 3], palette[(index * 3) + 1], palette[(index * 3) + 2]);
                        al = paletteAlpha is not null && index < paletteAlpha.Length ? paletteAlpha[index] : (byte)255;
                        break;
                }

                rgb[pixel * 3] = r;
                rgb[(pixel * 3) + 1] = g;
                rgb[(pixel * 3) + 2] = bl;
                alpha[pixel] = al;
                translucent |= al != 255;
            }

            (previous, current) = (current, previous);
        }

        return new PngImage(width, header.Height, rgb, translucent ? alpha : null);
    }

    private static readonly uint[] CrcTable = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    })];

    /// <summary>The CRC-32 of PNG chunks (ISO 3309, as zlib's crc32).</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFFu;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
