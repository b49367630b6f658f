-- Starts followup-lint-language-server on the file Neovim was opened with, waits for its
-- diagnostics, asks for a hover, writes what arrived as JSON to $FOLLOWUP_LINT_OUT and quits.
-- Works with Neovim 0.7 (vim.lsp.start_client) and later (vim.lsp.start).
local out = assert(os.getenv('FOLLOWUP_LINT_OUT'), 'FOLLOWUP_LINT_OUT is not set')
local server = assert(os.getenv('FOLLOWUP_LINT_SERVER'), 'FOLLOWUP_LINT_SERVER is not set')

local received = nil

local function write(report)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(report))
  file:close()
end

local config = {
  name = 'followup-lint',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  settings = { followupLint = { enable = true } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, handler_config)
      -- Keep the message as the server sent it: 0-based UTF-16 positions.
      received = result
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, handler_config)
    end,
  },
}

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.lsp.start then
    vim.lsp.start(config)
  else
    local client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  local ok = vim.wait(15000, function()
    return received ~= nil
  end, 20)
  local report = { ok = ok, diagnostics = vim.NIL, shown = 0, hover = vim.NIL }
  if ok then
    report.diagnostics = received.diagnostics
    report.shown = #vim.diagnostic.get(bufnr)
    local first = received.diagnostics[1]
    if first then
      local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        position = first.range.start,
      }, 10000)
      for _, response in pairs(responses or {}) do
        if response.result then
          report.hover = response.result
        end
      end
    end
  end
  write(report)
  vim.cmd('qall!')
end

vim.api.nvim_create_autocmd('VimEnter', { callback = run })
