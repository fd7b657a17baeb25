export { createApp, type ApiOptions } from "./app.js";
export { READ_ACCESS, type ReadAccess } from "./auth.js";
export { HTTP_STATUS } from "./errors.js";
export { openApiDocument } from "./openapi.js";
export { startServer, type RunningServer, type ServeOptions } from "./serve.js";
