-- Headless Neovim (0.7+) as a second LSP client of the Thanks server, over stdio.
-- Opens THANKS_FILE, attaches `node SERVER --stdio`, then records what a user would see:
-- the published diagnostics, the hover on the first placeholder/slot finding, its code actions,
-- the buffer after applying the preferred fix, and the diagnostics republished after that edit.
-- Writes everything as JSON to OUT; the runner (run.mjs) asserts on it. Exits 0 unless it crashed.
-- Usage: THANKS_FILE=... SERVER=.../server.js OUT=.../nvim.json nvim --headless --clean -u check.lua
local file = assert(os.getenv('THANKS_FILE'), 'set THANKS_FILE')
local server = assert(os.getenv('SERVER'), 'set SERVER')
local out = assert(os.getenv('OUT'), 'set OUT')
local TIMEOUT = tonumber(os.getenv('NVIM_LSP_TIMEOUT') or '20000')

vim.cmd('autocmd BufRead,BufNewFile *.thanks setfiletype thanks')

local result = { steps = {} }
local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end
local function fail(msg)
  result.error = msg
  finish()
end

local function has_code(diagnostics, code)
  for _, d in ipairs(diagnostics) do
    if d.code == code then return d end
  end
  return nil
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  result.filetype = vim.bo[bufnr].filetype
  local publications = {}
  local client_id = vim.lsp.start_client({
    name = 'thanks',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
        if params and params.uri == uri then table.insert(publications, params.diagnostics) end
      end,
    },
  })
  if not client_id then return fail('vim.lsp.start_client failed') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  -- 1. diagnostics
  if not vim.wait(TIMEOUT, function() return #publications > 0 end, 20) then
    return fail('no textDocument/publishDiagnostics within ' .. TIMEOUT .. ' ms')
  end
  local diagnostics = publications[#publications]
  result.diagnostics = diagnostics
  result.client = vim.lsp.get_client_by_id(client_id).server_capabilities and 'ok' or 'no capabilities'
  local slot = has_code(diagnostics, 'placeholder/slot')
  if not slot then return fail('no placeholder/slot diagnostic') end

  -- 2. hover inside the slot
  local position = { line = slot.range.start.line, character = slot.range.start.character + 2 }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = position }, TIMEOUT)
  result.hover = hover and hover[client_id] and hover[client_id].result or vim.NIL

  -- 3. code actions for the slot, then apply the preferred fix
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction',
    { textDocument = { uri = uri }, range = slot.range, context = { diagnostics = { slot }, only = { 'quickfix' } } }, TIMEOUT)
  actions = actions and actions[client_id] and actions[client_id].result or {}
  result.actions = actions
  local preferred
  for _, a in ipairs(actions) do
    if a.isPreferred and a.edit then preferred = a end
  end
  if not preferred then return fail('no preferred quick fix with an edit') end
  local before = #publications
  vim.lsp.util.apply_workspace_edit(preferred.edit, 'utf-16')
  result.applied = preferred.title
  result.line_after_fix = vim.api.nvim_buf_get_lines(bufnr, slot.range.start.line, slot.range.start.line + 1, false)[1]

  -- 4. the edit (unsaved) reaches the server through didChange; it republishes without the slot
  if not vim.wait(TIMEOUT, function()
    return #publications > before and not has_code(publications[#publications], 'placeholder/slot')
  end, 20) then
    return fail('no republished diagnostics without placeholder/slot after the fix')
  end
  result.diagnostics_after_fix = publications[#publications]
  result.modified = vim.bo[bufnr].modified
  finish()
end

vim.api.nvim_create_autocmd('VimEnter', { callback = function() vim.schedule(function()
  local ok, err = pcall(run)
  if not ok then fail('lua error: ' .. tostring(err)) end
end) end })
