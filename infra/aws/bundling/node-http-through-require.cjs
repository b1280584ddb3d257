// node:http for the ESM bundles, taken the CommonJS way (infra/aws/function-bundling.ts says why). Not
// `require('node:http')`: the bundles' alias would point that back at this file.
module.exports = process.getBuiltinModule('node:http');
