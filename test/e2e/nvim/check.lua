-- Headless Neovim (0.7+) as a second LSP client of the Thanks server, over stdio, set up exactly as
-- the README says: README_INIT is the README's init.lua block (server path filled in), FIXALL the
-- README's fix-all line. Opens THANKS_FILE and records what a user would see: the published
-- diagnostics (with the README's settings applied), the hover on the placeholder/slot finding, its
-- code actions, the buffer after the preferred fix, the republished diagnostics, and the buffer
-- after the fix-all line (its menu answered with the first entry, as a user would pick it).
-- Writes everything as JSON to OUT; the runner (run.mjs) asserts on it. Exits 0 unless it crashed.
-- Usage: THANKS_FILE=... README_INIT=... FIXALL=... OUT=.../nvim.json nvim --headless --clean -u check.lua
local file = assert(os.getenv('THANKS_FILE'), 'set THANKS_FILE')
local readme_init = assert(os.getenv('README_INIT'), 'set README_INIT')
local fixall = assert(os.getenv('FIXALL'), 'set FIXALL')
local out = assert(os.getenv('OUT'), 'set OUT')
local TIMEOUT = tonumber(os.getenv('NVIM_LSP_TIMEOUT') or '20000')

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
  -- Every publish is recorded, whichever client the README's setup created.
  local publications = {}
  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  local uri
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
    publish(err, params, ctx, config)
    if params and params.uri == uri then table.insert(publications, params.diagnostics) end
  end

  dofile(readme_init)
  uri = vim.uri_from_fname(vim.fn.fnamemodify(file, ':p'))
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  local client
  vim.wait(TIMEOUT, function()
    for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
      if c.name == 'thanks' and c.initialized then client = c end
    end
    return client ~= nil
  end, 20)
  if not client then return fail('the README setup attached no running "thanks" client') end
  local client_id = client.id

  -- 1. diagnostics
  if not vim.wait(TIMEOUT, function() return #publications > 0 end, 20) then
    return fail('no textDocument/publishDiagnostics within ' .. TIMEOUT .. ' ms')
  end
  local diagnostics = publications[#publications]
  result.diagnostics = diagnostics
  result.settings = client.config.settings
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

  -- 5. the README's fix-all line; its menu (vim.ui.select) is answered with the first entry
  local text_before = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  result.fixall_menu = vim.NIL
  vim.ui.select = function(items, opts, on_choice)
    local titles = {}
    for _, item in ipairs(items) do table.insert(titles, opts.format_item and opts.format_item(item) or tostring(item)) end
    result.fixall_menu = titles
    on_choice(items[1], 1)
  end
  local ok, err = pcall(vim.cmd, fixall)
  if not ok then return fail('the fix-all line failed: ' .. tostring(err)) end
  if not vim.wait(TIMEOUT, function()
    return table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') ~= text_before
  end, 20) then
    result.text_after_fixall = text_before
    return fail('the fix-all line changed nothing (menu: ' .. vim.inspect(result.fixall_menu) .. ')')
  end
  result.text_after_fixall = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  finish()
end

vim.api.nvim_create_autocmd('VimEnter', { callback = function() vim.schedule(function()
  local ok, err = pcall(run)
  if not ok then fail('lua error: ' .. tostring(err)) end
end) end })
