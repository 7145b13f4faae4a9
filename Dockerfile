# CcHc web app. .NET 10 ships no Debian images, and PDFs need Debian's Chromium, so the app is published
# self-contained on the SDK image and runs on debian:bookworm-slim (docs/decisions/0002-pdf-via-chromium.md).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CcHc.Web/CcHc.Web.csproj -c Release -r linux-x64 --self-contained true -o /app

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-liberation2 libicu72 ca-certificates curl tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 1654 cchc \
 && mkdir -p /data && chown cchc /data
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__DataDirectory=/data \
    Pdf__BrowserPath=/usr/bin/chromium \
    TZ=Asia/Ho_Chi_Minh
USER cchc
EXPOSE 8080
VOLUME /data
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD curl -fsS http://localhost:8080/healthz || exit 1
ENTRYPOINT ["./CcHc.Web"]
