# syntax=docker/dockerfile:1.7
# One image for every Shelf process: `api` (the default), `web`, `worker`, and the `backup`, `restore` and
# `reconcile` tools, chosen by the command (ops/docker/entrypoint.sh). Built in stages: turbo prune keeps
# only the workspace packages the two apps need; pnpm fetch fills the store from the lockfile alone (a
# layer that changes only with pnpm-lock.yaml) and every install after it is offline; the build stage
# compiles the API to plain JavaScript (apps/api/dist) and the storefront (apps/web/build); the final
# stage has production dependencies only and runs as the unprivileged `node` user.
# apps/api/test/container-build.test.ts runs the same steps (prune, fetch, offline installs, build, the
# entry point and this ENV) without a container engine, and buys a product through the result.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV PNPM_HOME=/pnpm
ENV PATH=$PNPM_HOME:$PATH
RUN npm install -g pnpm@10.34.9 && pnpm config set store-dir /pnpm/store

FROM base AS pruner
WORKDIR /app
RUN npm install -g turbo@2.11.11
COPY . .
RUN turbo prune @shelf/api @shelf/web --docker --out-dir out

FROM base AS builder
WORKDIR /app
COPY --from=pruner /app/out/pnpm-lock.yaml /app/out/pnpm-workspace.yaml ./
# The dependency patches pnpm-workspace.yaml names (pnpm applies them as it fetches).
COPY --from=pruner /app/out/json/patches/ ./patches/
RUN --mount=type=cache,id=shelf-pnpm,target=/pnpm/store pnpm fetch
COPY --from=pruner /app/out/json/ ./
RUN --mount=type=cache,id=shelf-pnpm,target=/pnpm/store pnpm install --offline --frozen-lockfile
COPY --from=pruner /app/out/full/ ./
# turbo prune copies the packages, not the root's shared compiler settings every tsconfig.json extends.
COPY tsconfig.base.json ./
RUN pnpm turbo run build --filter=@shelf/api --filter=@shelf/web

FROM base AS prod-deps
WORKDIR /app
COPY --from=pruner /app/out/pnpm-lock.yaml /app/out/pnpm-workspace.yaml ./
COPY --from=pruner /app/out/json/patches/ ./patches/
RUN --mount=type=cache,id=shelf-pnpm,target=/pnpm/store pnpm fetch --prod
COPY --from=pruner /app/out/json/ ./
RUN --mount=type=cache,id=shelf-pnpm,target=/pnpm/store pnpm install --prod --offline --frozen-lockfile

FROM ${NODE_IMAGE} AS runner
# pg_dump and pg_restore for `backup` and `restore`: version 18 reads every server from 9.2 up, including
# the embedded cluster's (Postgres 18), which Debian's own client (15) cannot dump.
RUN apt-get update \
  && apt-get install -y --no-install-recommends ca-certificates postgresql-common \
  && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
  && apt-get install -y --no-install-recommends postgresql-client-18 \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=3000 \
  API_PORT=4000 \
  DATA_DIR=/data \
  BACKUP_DIR=/backups
COPY --from=prod-deps --chown=node:node /app/ ./
# Sources: the storefront's server runs its TypeScript with tsx (a production dependency) over the build.
COPY --from=pruner --chown=node:node /app/out/full/ ./
COPY --chown=node:node tsconfig.base.json ./
COPY --from=builder --chown=node:node /app/apps/api/dist ./apps/api/dist
COPY --from=builder --chown=node:node /app/apps/web/build ./apps/web/build
COPY --chown=node:node ops/docker ./ops/docker
RUN mkdir -p /data /backups && chown node:node /data /backups
USER node
VOLUME ["/data", "/backups"]
EXPOSE 3000 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=5 CMD ["node", "/app/ops/docker/healthcheck.mjs"]
ENTRYPOINT ["/app/ops/docker/entrypoint.sh"]
CMD ["api"]
