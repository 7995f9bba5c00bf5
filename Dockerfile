# Molnkoll as a container: `docker build -t molnkoll .` then
#   docker run -p 3978:3978 --env-file .env -v molnkoll-data:/data -v /srv/knowledge:/knowledge molnkoll
# The build stage compiles TypeScript with every dependency; the runtime stage has only the
# production dependencies, the compiled bot and the bundled knowledge, and runs as `node`.

FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary fits this Node and platform.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY bot ./bot
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    PORT=3978 \
    KNOWLEDGE_DIR=/knowledge \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The bundled knowledge seeds a new volume; mount your own folder (an Azure Files share) over it.
COPY knowledge /knowledge
# DATA_DIR holds SQLite and its WAL: keep it on a local disk, never a network share.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/knowledge", "/data"]
EXPOSE 3978
# /healthz answers as soon as the server listens; /readyz waits for the knowledge index.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/bot/index.js"]
