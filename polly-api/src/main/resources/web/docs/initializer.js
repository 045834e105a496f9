// Starts Swagger UI (from its WebJar, served by polly-api) over the API's own OpenAPI document.
// A file of its own, not an inline script: the Content-Security-Policy allows scripts from 'self' only.
window.ui = window.SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  presets: [window.SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
  tryItOutEnabled: false,
});
